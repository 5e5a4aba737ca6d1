package vn.newsarchive;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --help}, {@code -h} and {@code help} print every command and exit 0; a word the
 * archive does not know prints the same and exits 2; neither starts the server, which
 * runs only without arguments or with settings alone.
 */
class UsageTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help" })
	void helpPrintsEveryCommandAndExitsZero(String word) {
		OptionalInt exit = run(word);
		assertThat(exit).hasValue(0);
		assertThat(text(this.out)).contains("Usage: java -jar party-archive.jar")
			.contains("extract PATH...")
			.contains("import PATH...")
			.contains("reindex")
			.contains("token create NAME")
			.contains("serve the archive");
		assertThat(text(this.err)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "serve-please", "-x", "imports", "HELP" })
	void anUnknownWordPrintsTheUsageAndExitsTwo(String word) {
		assertThat(run(word, "seeds")).hasValue(2);
		assertThat(text(this.err)).startsWith("Unknown command: " + word).contains("token create NAME");
		assertThat(text(this.out)).isEmpty();
	}

	@Test
	void onlyNoArgumentsOrSettingsServe() {
		assertThat(run()).isEmpty();
		assertThat(run("--server.port=9090", "--archive.seed.enabled=false")).isEmpty();
		assertThat(run("--help", "--server.port=9090")).hasValue(0);
	}

	private OptionalInt run(String... args) {
		return ArchiveApplication.runCommand(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
