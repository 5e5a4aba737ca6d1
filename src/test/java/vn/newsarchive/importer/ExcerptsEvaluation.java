package vn.newsarchive.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the whole pipeline over a folder of hand-labelled excerpts kept outside the
 * repository ({@code NN.txt} with labels in {@code NN.json}, the devset's format plus
 * {@code titles} and {@code meetings}, see {@link LabelledScores}) and prints the scores:
 * persons, documents, headlines, publication dates, titles given to persons, chairs and
 * meeting dates. A file the importer refuses is counted as a total miss and named in the
 * summary. A measuring tool, not a test (it asserts nothing, and the data is not in the
 * repository, so a test would only ever be skipped in CI):
 * {@code ./mvnw -q -B -Pbench test-compile exec:java
 * -Dexec.mainClass=vn.newsarchive.importer.ExcerptsEvaluation -Dexec.args=/work/excerpts}.
 */
public final class ExcerptsEvaluation {

	private ExcerptsEvaluation() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("usage: ExcerptsEvaluation FOLDER (NN.txt with labels in NN.json)");
			System.exit(2);
		}
		ArticlePipeline pipeline = new ArticlePipeline();
		Path folder = Path.of(args[0]);
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
			String line;
			try {
				line = scores.add(labels, pipeline.extract(name, Files.readAllBytes(text)));
			}
			catch (IllegalArgumentException refused) {
				// one refusal must not hide the scores of the rest of the folder
				line = scores.refused(name, labels, refused.getMessage());
			}
			System.out.printf("%-7s %s%n", name, line);
		}
		System.out.println(scores.summary());
	}

}
