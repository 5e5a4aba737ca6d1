package vn.newsarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.newsarchive.importer.ArticlePipeline;

/**
 * Extraction throughput on one thread (so "per core"): the whole pipeline, decode to
 * meetings, over the seed files in rotation, after a warm-up. Run with
 * {@code ./mvnw -q -Pbench exec:java -Dexec.mainClass=vn.newsarchive.bench.ExtractionBenchmark};
 * {@code -Dexec.args="WARMUP ROUNDS ARTICLES"} shortens it (3,000, 5 and 10,000 by
 * default), to run old and new code alternately in whole processes.
 */
public final class ExtractionBenchmark {

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<byte[]> inputs = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			for (Path file : files.sorted().toList()) {
				inputs.add(Files.readAllBytes(file));
				names.add(file.getFileName().toString());
			}
		}
		ArticlePipeline pipeline = new ArticlePipeline();
		long bytes = inputs.stream().mapToLong((input) -> input.length).sum();
		run(pipeline, inputs, names, argument(args, 0, 3_000));
		int rounds = argument(args, 1, 5);
		double best = 0;
		for (int round = 1; round <= rounds; round++) {
			int articles = argument(args, 2, 10_000);
			long start = System.nanoTime();
			int persons = run(pipeline, inputs, names, articles);
			double seconds = (System.nanoTime() - start) / 1e9;
			double rate = articles / seconds;
			best = Math.max(best, rate);
			System.out.printf("round %d: %,d articles in %.2f s = %,.0f articles/s on one thread (%d persons seen)%n",
					round, articles, seconds, rate, persons);
		}
		System.out.printf(
				"best: %,.0f articles/s per core; mean seed size %,d bytes; %d cores, Java %s, load average %s%n", best,
				bytes / inputs.size(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				BenchArchive.loadAverage());
	}

	private static int argument(String[] args, int index, int otherwise) {
		return (args.length > index) ? Integer.parseInt(args[index]) : otherwise;
	}

	private static int run(ArticlePipeline pipeline, List<byte[]> inputs, List<String> names, int articles) {
		int persons = 0;
		for (int i = 0; i < articles; i++) {
			int k = i % inputs.size();
			persons += pipeline.extract(names.get(k), inputs.get(k)).persons().size();
		}
		return persons;
	}

}
