package vn.newsarchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.newsarchive.search.SearchCostBreakdown;

/**
 * The benchmark's record, in Markdown for docs/benchmarks.md: machine and load, corpus,
 * index builds, latency per engine and per kind of query, and per query the hit counts
 * and how many of the first ten hits hold the words as typed.
 */
final class SearchBenchmarkReport {

	static final double TARGET_P95_MS = 50;

	private final StringBuilder out = new StringBuilder();

	private final StringBuilder loads = new StringBuilder();

	SearchBenchmarkReport(int articles, int rounds) {
		line("Command: `bash src/test/bench/search-benchmark.sh %d %d`", articles, rounds);
		line("Machine: %d cores, %.0f GiB; Java %s", Runtime.getRuntime().availableProcessors(),
				((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getTotalMemorySize() / (1024.0 * 1024 * 1024),
				System.getProperty("java.version"));
	}

	void load(String moment) throws IOException {
		String average = Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
		this.loads.append((this.loads.length() > 0) ? ", " : "").append(moment).append(' ').append(average);
	}

	void loaded(double seconds, Connection connection) throws SQLException {
		line("Corpus: %,d articles (average %,.0f bytes of title, lead and body), %,d persons, %,d documents,"
				+ " %,d article-person and %,d article-document links; loaded with JDBC batches in %.0f s;"
				+ " database %s; %s", value(connection, "SELECT count(*) FROM article"),
				(double) value(connection,
						"SELECT avg(octet_length(title) + octet_length(lead) + octet_length(body))"
								+ "::bigint FROM article"),
				value(connection, "SELECT count(*) FROM person"), value(connection, "SELECT count(*) FROM resolution"),
				value(connection, "SELECT count(*) FROM article_person"),
				value(connection, "SELECT count(*) FROM article_resolution"), seconds,
				size(value(connection, "SELECT pg_database_size(current_database())")),
				text(connection, "SELECT split_part(version(), ' on ', 1)"));
	}

	void luceneIndexed(double seconds, long bytes, String articleIndex) {
		line("Hibernate Search: mass indexer (articles, persons, documents; 2 loading threads) %.0f s;"
				+ " Lucene indexes %s on disk; article index %s", seconds, size(bytes), articleIndex);
	}

	void postgresIndexed(PostgresFullText.Build build) {
		line("PostgreSQL FTS: tsvector column (unaccent, weights A/B/C) %.0f s, %s; GIN index %.0f s, %s",
				build.columnSeconds(), size(build.columnBytes()), build.indexSeconds(), size(build.indexBytes()));
	}

	void measured(QueryRun run, RelevanceJudge judge) throws SQLException {
		line("Load average (1 min): %s", this.loads);
		int rounds = run.samples(0, 0).count();
		line("%n%d queries x %d rounds per engine after 3 warm-up rounds; first page of %d, relevance order.%n",
				run.queries().size(), rounds, LuceneSide.PAGE_SIZE);
		line("| engine | p50 ms | p95 ms | max ms | p95 <= %.0f ms |", TARGET_P95_MS);
		line("|---|---|---|---|---|");
		for (int s = 0; s < run.sides().size(); s++) {
			LatencySamples all = new LatencySamples();
			for (int q = 0; q < run.queries().size(); q++) {
				all.addAll(run.samples(s, q));
			}
			line("| %s | %.1f | %.1f | %.1f | %s |", run.sides().get(s).name(), all.percentile(50), all.percentile(95),
					all.max(), (all.percentile(95) <= TARGET_P95_MS) ? "met" : "**not met**");
		}
		byKind(run);
		byQuery(run, judge);
	}

	private void byKind(QueryRun run) {
		Map<String, LatencySamples[]> kinds = new LinkedHashMap<>();
		for (int q = 0; q < run.queries().size(); q++) {
			LatencySamples[] kind = kinds.computeIfAbsent(run.queries().get(q).query().kind(),
					(k) -> new LatencySamples[] { new LatencySamples(), new LatencySamples() });
			kind[0].addAll(run.samples(0, q));
			kind[1].addAll(run.samples(1, q));
		}
		line("%n| kind of query | HS p50 | HS p95 | PG p50 | PG p95 |");
		line("|---|---|---|---|---|");
		kinds.forEach((kind, samples) -> line("| %s | %.1f | %.1f | %.1f | %.1f |", kind, samples[0].percentile(50),
				samples[0].percentile(95), samples[1].percentile(50), samples[1].percentile(95)));
	}

	private void byQuery(QueryRun run, RelevanceJudge judge) throws SQLException {
		line("%nHits: total count; relevant: first hit / of the first ten hold the words as typed (with diacritics).%n");
		line("| query | kind | HS hits | PG hits | HS relevant | PG relevant | HS p50 ms | PG p50 ms |");
		line("|---|---|---|---|---|---|---|---|");
		for (int q = 0; q < run.queries().size(); q++) {
			ResolvedQuery query = run.queries().get(q);
			line("| `%s` | %s | %,d | %,d | %s | %s | %.1f | %.1f |", SearchQueries.label(query.query()),
					query.query().kind(), run.answer(0, q).total(), run.answer(1, q).total(),
					relevant(judge, query, run.answer(0, q)), relevant(judge, query, run.answer(1, q)),
					run.samples(0, q).percentile(50), run.samples(1, q).percentile(50));
		}
	}

	private static String relevant(RelevanceJudge judge, ResolvedQuery query, EngineResult answer) throws SQLException {
		boolean[] flags = judge.judge(query.query(), answer.ids());
		int count = 0;
		for (boolean flag : flags) {
			count += flag ? 1 : 0;
		}
		return (flags.length == 0) ? "–" : ((flags[0] ? "yes" : "**no**") + " / " + count + "/" + flags.length);
	}

	/** The service's time split into its parts, per query and over the mix. */
	void breakdown(SearchCostBreakdown breakdown, List<ResolvedQuery> queries, int rounds, String index) {
		List<String> stages = SearchCostBreakdown.STAGES;
		LatencySamples[][] samples = new LatencySamples[queries.size()][stages.size()];
		for (int round = -1; round < rounds; round++) {
			for (int q = 0; q < queries.size(); q++) {
				long[] nanos = breakdown.time(LuceneSide.query(queries.get(q)));
				for (int stage = 0; stage < stages.size(); stage++) {
					if (round == -1) {
						samples[q][stage] = new LatencySamples();
					}
					else {
						samples[q][stage].add(nanos[stage]);
					}
				}
			}
		}
		line("%nHibernate Search, where the time goes (article index %s): each part run as its own query,"
				+ " %d rounds after one warm-up; each row adds one part to the row above.%n", index, rounds);
		line("| part | p50 ms | p95 ms |");
		line("|---|---|---|");
		for (int stage = 0; stage < stages.size(); stage++) {
			LatencySamples all = new LatencySamples();
			for (LatencySamples[] query : samples) {
				all.addAll(query[stage]);
			}
			line("| %s | %.1f | %.1f |", stages.get(stage), all.percentile(50), all.percentile(95));
		}
		line("%n| query | %s |", String.join(" | ", stages));
		line("|---|%s", "---|".repeat(stages.size()));
		for (int q = 0; q < queries.size(); q++) {
			StringBuilder row = new StringBuilder("| `" + SearchQueries.label(queries.get(q).query()) + "` |");
			for (LatencySamples stage : samples[q]) {
				row.append(String.format(" %.1f |", stage.percentile(50)));
			}
			line("%s", row);
		}
	}

	void print(Path file) throws IOException {
		System.out.println(this.out);
		Files.createDirectories(file.getParent());
		Files.writeString(file, this.out, StandardCharsets.UTF_8);
	}

	private void line(String format, Object... args) {
		this.out.append(String.format(format, args)).append('\n');
	}

	static String size(long bytes) {
		return (bytes >= 1L << 30) ? String.format("%.2f GiB", bytes / (double) (1L << 30))
				: String.format("%.0f MiB", bytes / (double) (1L << 20));
	}

	private static long value(Connection connection, String sql) throws SQLException {
		return Long.parseLong(text(connection, sql));
	}

	private static String text(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
