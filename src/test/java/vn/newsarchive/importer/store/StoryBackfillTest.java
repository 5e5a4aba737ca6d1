package vn.newsarchive.importer.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles stored before the archive kept story signatures (V7) are signed and grouped at
 * start (issue 18.1), as the import would have grouped them, and only once. A bulk import
 * vacuums the band keys as it goes, on the archive's own connections.
 */
@SpringBootTest
class StoryBackfillTest {

	@Autowired
	ImportService importService;

	@Autowired
	StoryBackfill backfill;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	@Test
	void articlesStoredWithoutSignaturesAreSignedAndGroupedOnce() {
		long seed = this.importService.importFile(SameStoryImportTest.SEED_001).articleId();
		long copy = this.importService.importFile(SameStoryImportTest.EXCERPT_001).articleId();
		long other = this.importService.importFile(SameStoryImportTest.SEED_000).articleId();
		// as the archive held them before V7
		this.jdbc.update("update article set story_id = null");
		this.jdbc.update("delete from story_signature");
		assertThat(count("select count(*) from article where story_id is null")).isEqualTo(3);

		this.backfill.run(null);
		assertThat(count("select count(*) from story_signature")).isEqualTo(3);
		assertThat(storyOf(seed)).isNull();
		assertThat(storyOf(copy)).isEqualTo(seed);
		assertThat(storyOf(other)).isNull();
		assertThat(count("select count(distinct article_id) from story_band")).isEqualTo(2);

		// signed articles are not read again, grouped ones not grouped again
		this.backfill.run(null);
		assertThat(count("select count(*) from story_signature")).isEqualTo(3);
		assertThat(storyOf(copy)).isEqualTo(seed);
	}

	private Long storyOf(long articleId) {
		return this.jdbc.queryForObject("select story_id from article where id = ?", Long.class, articleId);
	}

	@Test
	void aBulkImportVacuumsTheBandKeysEveryFiveHundredArticlesAndKeepsThem() throws InterruptedException {
		this.importService.importFile(SameStoryImportTest.SEED_001);
		this.importService.importFile(SameStoryImportTest.SEED_000);
		long keys = count("select count(*) from story_band");
		String vacuums = "select vacuum_count from pg_stat_user_tables where relname = 'story_band'";
		long before = count(vacuums);
		// as the import's coordinator calls it: outside any transaction, which a vacuum
		// refuses to run in
		ImportUpkeep statistics = new ImportUpkeep(this.jdbc, ImportUpkeep.FIRST);
		statistics.start();
		for (long article = 1; article <= ImportUpkeep.VACUUM_BANDS_EVERY; article++) {
			statistics.articleStored();
		}
		assertThat(countWithin(vacuums, before + 1)).isEqualTo(before + 1);
		assertThat(count("select count(*) from story_band")).isEqualTo(keys).isPositive();
	}

	/**
	 * The count once it reaches the expected value, or after five seconds: PostgreSQL
	 * before 15 reports a vacuum to the statistics views through its collector, up to
	 * half a second later.
	 */
	private long countWithin(String sql, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + 5_000_000_000L;
		long value = count(sql);
		while (value < expected && System.nanoTime() < deadline) {
			Thread.sleep(50);
			value = count(sql);
		}
		return value;
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
