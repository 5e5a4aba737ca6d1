package vn.newsarchive.importer.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps PostgreSQL's planner statistics in step with a bulk import: {@code ANALYZE}
 * whenever the archive has doubled since the last one. Without it, an import into a new
 * archive plans its lookups on tables the planner believes empty, and the writers'
 * prepared statements keep those plans: the same-story lookup then scanned every article
 * 42 times per new one (17 articles/s at 17,000 articles, 50/s after one ANALYZE).
 * Autovacuum would do it eventually, where it is on; it is off on some servers, and it
 * lags a fast import. ANALYZE reads a fixed sample, so each one costs about the same at
 * any size, and there are log2(N) of them.
 * <p>
 * The statistics only speed the import up: when the database cannot give them (a
 * connection lost that moment), the import goes on without and tries again later.
 */
final class PlannerStatistics {

	private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

	/** Archives smaller than this are planned well enough without statistics. */
	static final long FIRST = 1_000;

	private final JdbcTemplate jdbc;

	private final long first;

	private long stored;

	private long next;

	PlannerStatistics(JdbcTemplate jdbc, long first) {
		this.jdbc = jdbc;
		this.first = first;
	}

	/** Before a batch: where the archive stands. */
	void start() {
		try {
			Long articles = this.jdbc.queryForObject("select count(*) from article", Long.class);
			this.stored = (articles != null) ? articles : 0;
		}
		catch (DataAccessException ex) {
			log.warn("Could not count the archive's articles for planner statistics: {}", ex.getMessage());
		}
		this.next = Math.max(this.first, 2 * this.stored);
	}

	/** After each article the batch stored. */
	void articleStored() {
		this.stored++;
		if (this.stored >= this.next) {
			long start = System.nanoTime();
			try {
				this.jdbc.execute("ANALYZE");
				log.debug("Planner statistics updated at {} articles in {} ms", this.stored,
						(System.nanoTime() - start) / 1_000_000);
				this.next = 2 * this.stored;
			}
			catch (DataAccessException ex) {
				log.warn("Could not update planner statistics at {} articles: {}", this.stored, ex.getMessage());
				this.next = this.stored + this.first;
			}
		}
	}

}
