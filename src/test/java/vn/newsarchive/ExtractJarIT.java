package vn.newsarchive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar's {@code extract} command, as an operator runs it: no database needed.
 */
class ExtractJarIT {

	@Test
	void extractPrintsJsonLinesInArgumentOrderAndExitsOneOnABadFile() throws Exception {
		Path jar = Path.of("target/party-archive.jar");
		assertThat(jar).exists();
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "extract", "seeds/004_02ea695a35228001.txt", "README.md", "seeds")
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.toList();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(1);
		assertThat(lines).hasSize(7);
		assertThat(lines.get(0))
			.startsWith("{\"file\":\"seeds/004_02ea695a35228001.txt\",\"title\":\"Lấy phiếu tín nhiệm");
		assertThat(lines.get(1)).startsWith("{\"file\":\"README.md\",\"error\":");
		assertThat(lines.subList(2, 7)).allSatisfy((line) -> assertThat(line).contains("\"persons\":[{\"name\":"));
		assertThat(lines.get(2)).contains("Trương Thị Mai");
	}

	@Test
	void theJarNeedsNoDatabaseToExtract() throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				"target/party-archive.jar", "extract", "seeds/000_c2fa52de5c97c5b3.txt")
			.redirectErrorStream(true)
			.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(output).doesNotContain("HikariPool").doesNotContain("Flyway").doesNotContain("Spring");
		assertThat(Files.exists(Path.of("target/party-archive.jar"))).isTrue();
	}

}
