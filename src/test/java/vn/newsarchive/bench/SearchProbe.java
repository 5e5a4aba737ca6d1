package vn.newsarchive.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.context.ConfigurableApplicationContext;

import vn.newsarchive.search.ArticleSearch;
import vn.newsarchive.search.SearchCostBreakdown;

/**
 * The search benchmark's query mix through {@link ArticleSearch} alone, on a corpus and
 * an index that are kept between runs ({@code archive_bench_probe},
 * {@code target/bench-probe-index}), so a change to the queries can be measured in
 * seconds instead of re-loading 100,000 articles. The corpus is loaded when the database
 * is missing or holds another number of articles; the index is rebuilt when asked
 * ({@code reindex}) or missing. Not the recorded benchmark: {@link SearchBenchmark} is.
 * After the mix, each query's time is split into its parts ({@link SearchCostBreakdown}).
 * Usage: {@code SearchProbe [articles] [rounds] [reindex]}; {@code -Donly=REGEX} runs
 * only the matching queries, once, for a quick look at a change.
 */
public final class SearchProbe {

	private static final String DATABASE = "archive_bench_probe";

	private SearchProbe() {
	}

	public static void main(String[] args) throws Exception {
		int articles = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		boolean reindex = args.length > 2 && args[2].equals("reindex");
		Path index = Path.of("target/bench-probe-index").toAbsolutePath();
		boolean load = articleCount() != articles;
		reindex |= load || !Files.isDirectory(index.resolve("article"));
		try (ConfigurableApplicationContext context = load
				? BenchArchive.start(DATABASE, "?reWriteBatchedInserts=true", index,
						"--archive.database.create-if-missing=false")
				: BenchArchive.open(DATABASE, "?reWriteBatchedInserts=true", index);
				Connection connection = context.getBean(DataSource.class).getConnection()) {
			if (load) {
				new CorpusLoader(connection)
					.load(SyntheticCorpus.fromProject(Path.of(""), SyntheticCorpus.DEFAULT_SEED), articles);
			}
			if (reindex) {
				long start = System.nanoTime();
				Search.mapping(context.getBean(EntityManagerFactory.class))
					.scope(Object.class)
					.massIndexer()
					.mergeSegmentsOnFinish(true)
					.threadsToLoadObjects(2)
					.startAndWait();
				System.out.printf("indexed in %.0f s%n", (System.nanoTime() - start) / 1e9);
			}
			ArticleSearch search = context.getBean(ArticleSearch.class);
			QueryRun run = new QueryRun(List.of(new SearchSide("HS", (q) -> LuceneSide.search(search, q))),
					ResolvedQuery.all(SearchQueries.MIX, connection));
			if (System.getProperty("only") == null) {
				run.rounds(3);
				run.reset();
			}
			System.out.println("load before " + BenchArchive.loadAverage());
			run.rounds((System.getProperty("only") == null) ? rounds : 1);
			System.out.println("load after " + BenchArchive.loadAverage());
			LatencySamples all = new LatencySamples();
			for (int q = 0; q < run.queries().size(); q++) {
				LatencySamples samples = run.samples(0, q);
				all.addAll(samples);
				System.out.printf(Locale.ROOT, "%8.1f %8.1f %8d  %s%n", samples.percentile(50), samples.max(),
						run.answer(0, q).total(), run.queries().get(q).query());
			}
			System.out.printf(Locale.ROOT, "p50 %.1f p95 %.1f max %.1f%n", all.percentile(50), all.percentile(95),
					all.max());
			SearchCostBreakdown breakdown = new SearchCostBreakdown(context.getBean(EntityManagerFactory.class),
					search);
			System.out.println("median ms of " + SearchCostBreakdown.STAGES);
			for (ResolvedQuery query : run.queries()) {
				if (System.getProperty("only") != null && !query.text().matches(System.getProperty("only"))) {
					continue;
				}
				LatencySamples[] stages = new LatencySamples[SearchCostBreakdown.STAGES.size()];
				for (int s = 0; s < stages.length; s++) {
					stages[s] = new LatencySamples();
				}
				for (int round = 0; round < 3; round++) {
					long[] nanos = breakdown.time(LuceneSide.query(query));
					for (int s = 0; s < stages.length; s++) {
						stages[s].add(nanos[s]);
					}
				}
				StringBuilder line = new StringBuilder();
				for (LatencySamples stage : stages) {
					line.append(String.format(Locale.ROOT, "%7.1f", stage.percentile(50)));
				}
				System.out.println(line + "  " + query.text());
			}
		}
	}

	private static long articleCount() throws Exception {
		try (Connection connection = DriverManager.getConnection(BenchArchive.SERVER + DATABASE, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM article")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (Exception ex) {
			return -1;
		}
	}

}
