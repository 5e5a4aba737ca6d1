package vn.newsarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.context.ConfigurableApplicationContext;

import vn.newsarchive.article.Article;
import vn.newsarchive.search.ArticleSearch;
import vn.newsarchive.search.SearchCostBreakdown;

/**
 * Search speed and the peer (issue 4): loads a synthetic corpus into a fresh database
 * {@code archive_bench_search}, builds the Lucene index with the mass indexer and the
 * PostgreSQL full-text index on the same rows, then runs the fixed query mix through
 * {@link ArticleSearch} (what the search page runs) and through PostgreSQL, interleaved,
 * after a warm-up. Drops the database and the index at the end. Run with
 * {@code bash src/test/bench/search-benchmark.sh [articles] [rounds]}.
 */
public final class SearchBenchmark {

	private static final String DATABASE = "archive_bench_search";

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int articles = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		Path index = Files.createTempDirectory("archive-bench-search-index");
		SearchBenchmarkReport report = new SearchBenchmarkReport(articles, rounds);
		try (ConfigurableApplicationContext context = BenchArchive.start(DATABASE, "?reWriteBatchedInserts=true", index,
				"--archive.database.create-if-missing=false");
				Connection connection = context.getBean(DataSource.class).getConnection()) {
			SyntheticCorpus corpus = SyntheticCorpus.fromProject(Path.of(""), SyntheticCorpus.DEFAULT_SEED);
			long start = System.nanoTime();
			new CorpusLoader(connection).load(corpus, articles);
			report.loaded(seconds(start), connection);
			start = System.nanoTime();
			Search.mapping(context.getBean(EntityManagerFactory.class))
				.scope(Object.class)
				.massIndexer()
				// as SearchIndexer does
				.mergeSegmentsOnFinish(true)
				.threadsToLoadObjects(2)
				.startAndWait();
			report.luceneIndexed(seconds(start), sizeOf(index), articleIndex(index));
			report.postgresIndexed(new PostgresFullText(connection).build());
			ArticleSearch search = context.getBean(ArticleSearch.class);
			PostgresFullText postgres = new PostgresFullText(connection);
			QueryRun run = new QueryRun(
					List.of(new SearchSide("Hibernate Search", (q) -> LuceneSide.search(search, q)),
							new SearchSide("PostgreSQL FTS", postgres::search)),
					ResolvedQuery.all(SearchQueries.MIX, connection));
			report.load("before warm-up");
			run.rounds(3);
			run.reset();
			report.load("before measuring");
			run.rounds(rounds);
			report.load("after measuring");
			report.measured(run, new RelevanceJudge(connection));
			EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
			SearchCostBreakdown breakdown = new SearchCostBreakdown(factory, search);
			int breakdownRounds = Math.min(rounds, 5);
			report.breakdown(breakdown, run.queries(), breakdownRounds,
					"as the mass indexer left it: " + articleIndex(index));
			// what an operator's reindex could do at its end: one segment per index
			start = System.nanoTime();
			var workspace = Search.mapping(factory).scope(Article.class).workspace();
			workspace.mergeSegments();
			workspace.flush();
			report.breakdown(breakdown, run.queries(), breakdownRounds,
					"merged in " + Math.round(seconds(start)) + " s: " + articleIndex(index));
		}
		finally {
			BenchArchive.drop(DATABASE);
			deleteTree(index);
		}
		report.print(Path.of("target/search-benchmark.md"));
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static long sizeOf(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	/**
	 * Segments and size of the article index's last commit (files merged away excluded).
	 */
	private static String articleIndex(Path index) throws IOException {
		try (Directory directory = FSDirectory.open(index.resolve("article"))) {
			SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
			long bytes = 0;
			for (String file : commit.files(true)) {
				bytes += directory.fileLength(file);
			}
			return commit.size() + " segments, " + SearchBenchmarkReport.size(bytes);
		}
	}

	private static void deleteTree(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
