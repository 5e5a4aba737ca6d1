package vn.newsarchive.importer.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk import updates the planner's statistics each time the archive has doubled, from
 * 1,000 articles on: log2(N) times, never per article; and it vacuums the story band keys
 * every {@value ImportUpkeep#VACUUM_BANDS_EVERY} articles it stores, so that the
 * same-story look-up reads them from the index alone.
 */
class ImportUpkeepTest {

	@Test
	void anEmptyArchiveIsAnalyzedAtOneTwoFourAndEightThousand() {
		Recording jdbc = new Recording(0);
		assertThat(storedWhen(jdbc, 10_000, () -> jdbc.analyzed)).containsExactly(1_000, 2_000, 4_000, 8_000);
	}

	@Test
	void anArchiveOfThreeThousandIsFirstAnalyzedWhenItHoldsSixThousand() {
		Recording jdbc = new Recording(3_000);
		ImportUpkeep statistics = new ImportUpkeep(jdbc, 1_000);
		statistics.start();
		for (int article = 1; article < 3_000; article++) {
			statistics.articleStored();
		}
		assertThat(jdbc.analyzed).isZero();
		statistics.articleStored();
		assertThat(jdbc.analyzed).isEqualTo(1);
	}

	@Test
	void aSmallBatchIntoASmallArchiveNeverAnalyzes() {
		Recording jdbc = new Recording(10);
		ImportUpkeep statistics = new ImportUpkeep(jdbc, 1_000);
		statistics.start();
		for (int article = 1; article <= 500; article++) {
			statistics.articleStored();
		}
		assertThat(jdbc.analyzed).isZero();
	}

	@Test
	void aLostConnectionNeitherStopsTheImportNorStopsTheStatistics() {
		Recording jdbc = new Recording(0);
		jdbc.connectionLost = true;
		ImportUpkeep statistics = new ImportUpkeep(jdbc, 1_000);
		statistics.start();
		List<Integer> analyzedAt = new ArrayList<>();
		for (int article = 1; article <= 5_000; article++) {
			// the database is back after the first ANALYZE failed
			jdbc.connectionLost = article <= 1_000;
			int before = jdbc.analyzed;
			statistics.articleStored();
			if (jdbc.analyzed > before) {
				analyzedAt.add(article);
			}
		}
		assertThat(analyzedAt).containsExactly(2_000, 4_000);
	}

	@Test
	void theStoryBandKeysAreVacuumedEveryFiveHundredStoredArticles() {
		Recording jdbc = new Recording(3_000);
		assertThat(storedWhen(jdbc, 2_200, () -> jdbc.vacuumed)).containsExactly(500, 1_000, 1_500, 2_000);
		assertThat(jdbc.analyzed).isZero();
	}

	/** The articles of a batch of the given size after which the count went up. */
	private static List<Integer> storedWhen(Recording jdbc, int articles, IntSupplier count) {
		ImportUpkeep statistics = new ImportUpkeep(jdbc, 1_000);
		statistics.start();
		List<Integer> when = new ArrayList<>();
		for (int article = 1; article <= articles; article++) {
			int before = count.getAsInt();
			statistics.articleStored();
			if (count.getAsInt() > before) {
				when.add(article);
			}
		}
		return when;
	}

	/**
	 * Answers the article count and counts the ANALYZE and VACUUM statements; while the
	 * connection is lost, each fails as the JDBC template reports it.
	 */
	private static final class Recording extends JdbcTemplate {

		private final long articles;

		int analyzed;

		int vacuumed;

		boolean connectionLost;

		Recording(long articles) {
			this.articles = articles;
		}

		@Override
		public <T> T queryForObject(String sql, Class<T> requiredType) {
			assertThat(sql).isEqualTo("select count(*) from article");
			failIfLost();
			return requiredType.cast(this.articles);
		}

		@Override
		public void execute(String sql) {
			assertThat(sql).isIn("ANALYZE", "vacuum story_band");
			failIfLost();
			if (sql.equals("ANALYZE")) {
				this.analyzed++;
			}
			else {
				this.vacuumed++;
			}
		}

		private void failIfLost() {
			if (this.connectionLost) {
				throw new DataAccessResourceFailureException("terminating connection due to administrator command");
			}
		}

	}

}
