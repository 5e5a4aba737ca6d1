package vn.newsarchive.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.newsarchive.importer.cli.ExtractionJson;
import vn.newsarchive.importer.model.ExtractedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: each real input in {@code src/test/resources/golden} beside the JSON the
 * importer must produce for it, reviewed by hand. After a deliberate change, regenerate
 * with {@code ./mvnw test -Dtest=GoldenFileTest -Dgolden.update=true}, then read the diff
 * before committing it.
 */
class GoldenFileTest {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	private static final ArticlePipeline PIPELINE = new ArticlePipeline();

	static Stream<Path> inputs() throws IOException {
		return Files.list(GOLDEN).filter((file) -> file.toString().endsWith(".txt")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inputs")
	void extractionMatchesTheReviewedGoldenFile(Path input) throws IOException {
		String name = input.getFileName().toString();
		ExtractedArticle extracted = PIPELINE.extract(name, Files.readAllBytes(input));
		String actual = ExtractionJson.pretty(ExtractionJson.of(extracted));
		Path expectedFile = GOLDEN.resolve(name.replaceFirst("\\.txt$", ".json"));
		if (Boolean.getBoolean("golden.update")) {
			Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
		}
		assertThat(expectedFile).as("golden file for " + name + " (generate with -Dgolden.update=true)").exists();
		assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
	}

}
