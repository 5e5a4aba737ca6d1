package vn.newsarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.importer.store.ImportSummary;

/**
 * Import throughput with indexing: N distinct articles (the seeds, each copy with a
 * paragraph of its own so every copy is a new article) through the real ImportService
 * into a fresh database {@code archive_bench_import} and a Lucene index on disk, one
 * transaction per article, synchronous indexing as in production. Run with
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.mainClass=vn.newsarchive.bench.ImportBenchmark -Dexec.args=2000}.
 * The clock starts after a warm-up import of 50 other articles ({@code -Dwarmup=N} for
 * more: the rate once the JIT compiler is done, as in a long import).
 */
public final class ImportBenchmark {

	private static final String DATABASE = "archive_bench_import";

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws IOException, SQLException {
		int articles = (args.length > 0) ? Integer.parseInt(args[0]) : 2000;
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			for (Path file : files.sorted().toList()) {
				seeds.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		Path index = Files.createTempDirectory("archive-bench-index");
		Path warmup = folderOf(seeds, Integer.getInteger("warmup", 50), 1_000_000);
		Path folder = folderOf(seeds, articles, 0);
		try (ConfigurableApplicationContext context = BenchArchive.start(DATABASE, "", index)) {
			ImportService importer = context.getBean(ImportService.class);
			importer.importPaths(List.of(warmup), (i, total, outcome) -> {
			});
			long start = System.nanoTime();
			// the import command's own path: a folder of files, read ahead, one
			// transaction per article, and the index flushed at the end
			ImportSummary summary = importer.importPaths(List.of(folder), (i, total, outcome) -> {
			});
			double seconds = (System.nanoTime() - start) / 1e9;
			long failed = articles - summary.imported();
			summary.outcomes()
				.stream()
				.filter((outcome) -> outcome.status() != ImportOutcome.Status.IMPORTED)
				.findFirst()
				.ifPresent((outcome) -> System.out.println("first article not imported: " + outcome));
			System.out.printf(
					"%,d articles imported with indexing in %.1f s = %,.0f articles/s (%d not imported);"
							+ " %d cores, Java %s, load average %s%n",
					articles, seconds, articles / seconds, failed, Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), BenchArchive.loadAverage());
		}
		finally {
			BenchArchive.drop(DATABASE);
			FileSystemUtils.deleteRecursively(index);
			FileSystemUtils.deleteRecursively(warmup);
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	/** A temporary folder of {@code count} distinct articles made from the seeds. */
	private static Path folderOf(List<String> seeds, int count, int first) throws IOException {
		Path folder = Files.createTempDirectory("archive-bench-import");
		for (int i = 0; i < count; i++) {
			Files.write(folder.resolve(String.format("%07d.txt", i)), variant(seeds, first + i));
		}
		return folder;
	}

	/**
	 * A seed with one sentence of its own as a line in the middle of the story (before
	 * the end mark that closes some seeds), so its content hash is new.
	 */
	private static byte[] variant(List<String> seeds, int i) {
		String seed = seeds.get(i % seeds.size());
		int cut = seed.indexOf('\n', seed.length() / 2);
		cut = (cut > 0) ? cut : seed.length();
		String text = seed.substring(0, cut) + "\nTheo số liệu tổng hợp của kỳ " + i + ", các đơn vị đã hoàn thành "
				+ (i % 97) + " nhiệm vụ trọng tâm." + seed.substring(cut);
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
