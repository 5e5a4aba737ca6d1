package vn.newsarchive.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import vn.newsarchive.importer.model.ExtractedArticle;

/**
 * Runs the whole pipeline over a folder of hand-labelled excerpts kept outside the
 * repository ({@code NN.txt} with labels in {@code NN.json}, the devset's format plus
 * {@code titles} and {@code meetings}, see {@link LabelledScores}) and prints the scores:
 * persons, documents, headlines, publication dates, titles given to persons, chairs and
 * meeting dates. It asserts nothing and runs only when the system property
 * {@code excerpts.dir} names the folder, so it never runs in CI, which has no such data:
 * {@code WT=/work/wt/x mt ExcerptsEvaluationTest -Dexcerpts.dir=/work/excerpts}.
 */
@EnabledIfSystemProperty(named = "excerpts.dir", matches = ".+")
class ExcerptsEvaluationTest {

	private final ArticlePipeline pipeline = new ArticlePipeline();

	@Test
	void printsTheScoresOnTheExcerpts() throws Exception {
		Path folder = Path.of(System.getProperty("excerpts.dir"));
		List<Path> texts;
		try (Stream<Path> files = Files.list(folder)) {
			texts = files.filter((f) -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		ObjectMapper json = new ObjectMapper();
		LabelledScores scores = new LabelledScores();
		for (Path text : texts) {
			String name = text.getFileName().toString();
			Path labelFile = text.resolveSibling(name.replace(".txt", ".json"));
			if (!Files.exists(labelFile)) {
				continue;
			}
			JsonNode labels = json.readTree(labelFile.toFile());
			ExtractedArticle found = this.pipeline.extract(name, Files.readAllBytes(text));
			System.out.printf("%-7s %s%n", name, scores.add(labels, found));
		}
		System.out.println(scores.summary());
	}

}
