package vn.newsarchive.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Nu HTML Checker (the W3C's validator), run as its own program: the runnable
 * {@code vnu.jar} of the npm package {@code vnu-jar}, named by {@code VNU_JAR} (or the
 * system property {@code vnu.jar}); {@code .ci/run} installs it. Its Maven artifact is
 * not used: it brings Jetty 11, a servlet API and Saxon onto the tests' class path,
 * beside Spring Boot's Tomcat. Without the jar a test is reported as skipped with the
 * reason, except on CI ({@code CI=true}), where it fails.
 */
public final class NuHtmlChecker {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path jar;

	private NuHtmlChecker(Path jar) {
		this.jar = jar;
	}

	/**
	 * The checker this machine has; skips the calling test (fails it on CI) when none.
	 */
	public static NuHtmlChecker installed() {
		String named = System.getProperty("vnu.jar", System.getenv("VNU_JAR"));
		String problem = problem(named);
		if (problem != null && "true".equals(System.getenv("CI"))) {
			Assertions.fail(problem + " (CI=true: the HTML check must run)");
		}
		Assumptions.assumeTrue(problem == null, problem);
		return new NuHtmlChecker(Path.of(named));
	}

	/** Why the named jar cannot be used, or null when it can. */
	static String problem(String named) {
		if (named == null || named.isBlank()) {
			return "No Nu HTML Checker: VNU_JAR is unset (npm install vnu-jar@26.9.27, then"
					+ " VNU_JAR=node_modules/vnu-jar/build/dist/vnu.jar)";
		}
		return Files.isRegularFile(Path.of(named)) ? null : "No Nu HTML Checker: VNU_JAR=" + named + " is no file";
	}

	/**
	 * The errors in these HTML files, each as {@code file:line:column: message}, in one
	 * run of the checker (its start costs seconds; the files are many).
	 */
	public List<String> errors(List<Path> files) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", this.jar.toString(),
						"--format", "json", "--stdout", "--errors-only"));
		files.forEach((file) -> command.add(file.toString()));
		Process checker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		byte[] out = checker.getInputStream().readAllBytes();
		if (!checker.waitFor(5, TimeUnit.MINUTES)) {
			checker.destroyForcibly();
			throw new IllegalStateException("the Nu HTML Checker did not finish in 5 minutes");
		}
		JsonNode report = JSON.readTree(new String(out, StandardCharsets.UTF_8));
		List<String> errors = new ArrayList<>();
		for (JsonNode message : report.path("messages")) {
			if (!"info".equals(message.path("type").asText())) {
				String file = message.path("url").asText().replaceFirst("^file:.*/", "");
				errors.add(file + ":" + message.path("lastLine").asInt() + ":" + message.path("firstColumn").asInt()
						+ ": " + message.path("message").asText() + " [" + message.path("extract").asText() + "]");
			}
		}
		return errors;
	}

}
