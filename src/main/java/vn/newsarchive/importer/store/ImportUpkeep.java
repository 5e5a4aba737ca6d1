package vn.newsarchive.importer.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the database fit for a bulk import as the archive grows under it. First its
 * planner statistics: {@code ANALYZE} whenever the archive has doubled since the last
 * one. Without it, an import into a new archive plans its lookups on tables the planner
 * believes empty, and the writers' prepared statements keep those plans: the same-story
 * lookup then scanned every article 42 times per new one (17 articles/s at 17,000
 * articles, 50/s after one ANALYZE). Autovacuum would do it eventually, where it is on;
 * it is off on some servers, and it lags a fast import. ANALYZE reads a fixed sample, so
 * each one costs about the same at any size, and there are log2(N) of them.
 * <p>
 * It also vacuums {@code story_band} every {@value #VACUUM_BANDS_EVERY} stored articles.
 * The same-story look-up reads up to 42 &times; 16 of its entries per article by an
 * index-only scan, which goes to the table for every entry on a page the visibility map
 * does not mark all-visible, and without a vacuum none is: on a copy of a 20,000-article
 * archive with its map cleared, one look-up fetched 516 rows from 388 table pages, none
 * with the map set. The table then outgrows PostgreSQL's buffers and the look-up became
 * the largest share of PostgreSQL's CPU late in an import. The table is only ever
 * inserted into, so a vacuum reads just the pages added since the last one (~15 ms).
 * <p>
 * Both only speed the import up: when the database cannot do them (a connection lost that
 * moment), the import goes on without and tries again later.
 */
final class ImportUpkeep {

	private static final Logger log = LoggerFactory.getLogger(ImportUpkeep.class);

	/** Archives smaller than this are planned well enough without statistics. */
	static final long FIRST = 1_000;

	/** Stored articles between two vacuums of the story band keys. */
	static final long VACUUM_BANDS_EVERY = 500;

	private final JdbcTemplate jdbc;

	private final long first;

	private long stored;

	private long next;

	private long storedHere;

	ImportUpkeep(JdbcTemplate jdbc, long first) {
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
		this.storedHere++;
		if (this.storedHere % VACUUM_BANDS_EVERY == 0) {
			// outside any transaction: the import's coordinator holds none
			try {
				this.jdbc.execute("vacuum story_band");
			}
			catch (DataAccessException ex) {
				log.warn("Could not vacuum story_band at {} articles: {}", this.stored, ex.getMessage());
			}
		}
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
