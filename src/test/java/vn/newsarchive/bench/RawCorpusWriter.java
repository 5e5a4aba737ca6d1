package vn.newsarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes articles 1 to N of the synthetic corpus as raw scraped files
 * ({@link RawArticleRenderer}), {@code 0000001.txt} onwards, into a folder, for the
 * {@code import} command of the scale benchmark
 * ({@code src/test/bench/scale-benchmark.sh}). Prints the size written and how often the
 * most-mentioned person is named, since the benchmark's heaviest person page depends on
 * it. Run with
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=vn.newsarchive.bench.RawCorpusWriter -Dexec.args="N DIR"}.
 */
public final class RawCorpusWriter {

	private RawCorpusWriter() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: RawCorpusWriter ARTICLES FOLDER");
			System.exit(2);
		}
		int articles = Integer.parseInt(args[0]);
		Path folder = Files.createDirectories(Path.of(args[1]));
		SyntheticCorpus corpus = SyntheticCorpus.fromProject(Path.of(""), SyntheticCorpus.DEFAULT_SEED);
		RawArticleRenderer renderer = new RawArticleRenderer(corpus);
		Map<Long, Integer> mentions = new HashMap<>();
		long bytes = 0;
		long start = System.nanoTime();
		for (long id = 1; id <= articles; id++) {
			SyntheticArticle article = corpus.article(id);
			byte[] raw = renderer.render(article).getBytes(StandardCharsets.UTF_8);
			Files.write(folder.resolve("%07d.txt".formatted(id)), raw);
			bytes += raw.length;
			article.persons().forEach((mention) -> mentions.merge(mention.personId(), 1, Integer::sum));
		}
		Map.Entry<Long, Integer> top = mentions.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.orElse(Map.entry(0L, 0));
		String name = (top.getKey() > 0) ? corpus.persons().get((int) (top.getKey() - 1)).name() : "nobody";
		System.out.printf(
				"%,d raw articles written to %s in %.1f s, %,d bytes each on average;"
						+ " most mentioned: %s in %,d articles%n",
				articles, folder, (System.nanoTime() - start) / 1e9, bytes / Math.max(1, articles), name,
				top.getValue());
	}

}
