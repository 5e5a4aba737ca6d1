package vn.newsarchive;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.search.SearchIndexer;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index the {@code import} command writes is the archive's: the next start finds it
 * whole and does not rebuild it; an import cut short still is rebuilt.
 */
class KeptIndexTest {

	private static final String ON_DISK = "--" + TestDatabaseInitializer.INDEX_ON_DISK + "=true";

	@Test
	void theNextStartKeepsTheIndexACleanImportWrote(@TempDir Path index) {
		try (ConfigurableApplicationContext archive = start(index)) {
			TestArchive.empty(archive.getBean(JdbcTemplate.class));
		}
		assertThat(CommandRunner.run("import", new String[] { "seeds", "--archive.index-dir=" + index, ON_DISK }))
			.isZero();
		try (ConfigurableApplicationContext archive = start(index)) {
			assertThat(archive.getBean(JdbcTemplate.class).queryForObject("select count(*) from article", Long.class))
				.isEqualTo(5);
			assertThat(index.resolve("index-layout")).exists();
			assertThat(archive.getBean(SearchIndexer.class).needsRebuild()).isFalse();
		}
	}

	/**
	 * Autovacuum may be off (it is on the benchmark machines) or not yet started: after a
	 * bulk load the planner would work without statistics and index-only scans would read
	 * every row's table page.
	 */
	@Test
	void anImportLeavesItsTablesVacuumedAndAnalyzed(@TempDir Path index) {
		long analyzed;
		try (ConfigurableApplicationContext archive = start(index)) {
			JdbcTemplate jdbc = archive.getBean(JdbcTemplate.class);
			TestArchive.empty(jdbc);
			analyzed = analyzeCount(jdbc, "position_held");
		}
		assertThat(CommandRunner.run("import", new String[] { "seeds", "--archive.index-dir=" + index, ON_DISK }))
			.isZero();
		try (ConfigurableApplicationContext archive = start(index)) {
			JdbcTemplate jdbc = archive.getBean(JdbcTemplate.class);
			assertThat(analyzeCount(jdbc, "position_held")).isGreaterThan(analyzed);
			assertThat(jdbc.queryForObject(
					"select count(*) from pg_stat_user_tables where relname in ('article', 'article_person', 'person')"
							+ " and last_vacuum is null and last_autovacuum is null",
					Long.class))
				.isZero();
		}
	}

	private static long analyzeCount(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject(
				"select analyze_count + autoanalyze_count from pg_stat_user_tables where relname = ?", Long.class,
				table);
	}

	@Test
	void anIndexThatLacksArticlesIsStillRebuilt(@TempDir Path index) throws Exception {
		try (ConfigurableApplicationContext archive = start(index)) {
			TestArchive.empty(archive.getBean(JdbcTemplate.class));
		}
		assertThat(CommandRunner.run("import", new String[] { "seeds", "--archive.index-dir=" + index, ON_DISK }))
			.isZero();
		Path other = Files.createDirectories(index.resolveSibling(index.getFileName() + "-other"));
		assertThat(CommandRunner.run("import",
				new String[] { "seeds/001_6353a3c6be2fbff5.txt", "--archive.index-dir=" + other, ON_DISK }))
			.isZero();
		try (ConfigurableApplicationContext archive = start(other)) {
			assertThat(archive.getBean(SearchIndexer.class).needsRebuild()).isTrue();
		}
	}

	private static ConfigurableApplicationContext start(Path index) {
		SpringApplication application = new SpringApplication(ArchiveApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application
			.run(CommandRunner.withCommandDefaults(new String[] { "--archive.index-dir=" + index, ON_DISK }));
	}

}
