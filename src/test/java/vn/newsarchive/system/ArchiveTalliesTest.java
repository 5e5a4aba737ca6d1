package vn.newsarchive.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folder keeps the tables it churns small: after enough folded changes it vacuums
 * them, so a fold of nothing stays cheap after an import of any size even where
 * autovacuum is off.
 */
class ArchiveTalliesTest extends SeededWebTest {

	/** A month no article has: its tally goes up and back down to nothing. */
	static final long MONTH = 190_001;

	@Autowired
	ArchiveTallies tallies;

	@Test
	void aFoldOfNothingAddsNothing() {
		this.tallies.fold();
		assertThat(this.tallies.fold()).isZero();
	}

	@Test
	void theFolderVacuumsTheChurnedTablesAfterEnoughChanges() throws InterruptedException {
		this.tallies.fold();
		long before = vacuums();
		appendChanges(+1, ArchiveTallies.TIDY_AFTER_FOLDED);
		appendChanges(-1, ArchiveTallies.TIDY_AFTER_FOLDED);
		// the scheduled folder may take the changes first: either round vacuums
		this.tallies.foldAndTidy();
		for (int wait = 0; wait < 100 && vacuums() == before; wait++) {
			Thread.sleep(100);
		}
		assertThat(vacuums()).isGreaterThan(before);
		assertThat(this.jdbc.queryForObject("select n from archive_tally where kind = 'month' and key = ?", Long.class,
				MONTH))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from archive_tally_change", Long.class)).isZero();
	}

	private void appendChanges(int delta, long rows) {
		this.jdbc.update(
				"insert into archive_tally_change (kind, key, delta) select 'month', ?, ? from generate_series(1, ?)",
				MONTH, delta, rows);
	}

	private long vacuums() {
		return this.jdbc.queryForObject(
				"select vacuum_count from pg_stat_user_tables where relname = 'archive_tally_change'", Long.class);
	}

}
