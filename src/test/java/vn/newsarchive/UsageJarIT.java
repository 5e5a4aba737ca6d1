package vn.newsarchive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar answers {@code --help} and an unknown word with its usage and an exit
 * code, as an operator sees it, without starting Spring or the server.
 */
class UsageJarIT {

	@ParameterizedTest
	@CsvSource({ "--help, 0", "-h, 0", "help, 0", "frobnicate, 2" })
	void printsTheUsageAndExits(String word, int expectedExit) throws Exception {
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", "target/party-archive.jar", word))
			.redirectErrorStream(true)
			.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(expectedExit);
		assertThat(output).contains("Usage: java -jar party-archive.jar")
			.contains("token create NAME")
			.doesNotContain("Tomcat")
			.doesNotContain("Spring")
			.doesNotContain("PostgreSQL on port");
	}

}
