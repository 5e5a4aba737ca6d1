package vn.newsarchive.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction pipeline stays plain Java: no Spring, no JPA, no JDBC, so that
 * {@code extract} runs without a database and the stages can be tested alone. Only
 * {@code importer.store} (which writes extractions into the archive) may use them.
 */
class ImporterIsPlainJavaTest {

	private static final Path IMPORTER = Path.of("src/main/java/vn/newsarchive/importer");

	private static final List<String> FORBIDDEN = List.of("import org.springframework", "import jakarta.persistence",
			"import java.sql", "import javax.sql");

	@Test
	void extractionStagesImportNoFrameworkOrDatabase() throws IOException {
		List<Path> sources;
		try (Stream<Path> files = Files.walk(IMPORTER)) {
			sources = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.startsWith(IMPORTER.resolve("store")))
				.toList();
		}
		assertThat(sources).hasSizeGreaterThan(5);
		for (Path source : sources) {
			String text = Files.readString(source);
			for (String forbidden : FORBIDDEN) {
				assertThat(text).as(source + " must stay plain Java").doesNotContain(forbidden);
			}
		}
	}

}
