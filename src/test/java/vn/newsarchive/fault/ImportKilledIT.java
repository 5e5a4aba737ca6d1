package vn.newsarchive.fault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.newsarchive.ArchiveApplication;
import vn.newsarchive.TestDatabase;
import vn.newsarchive.TestDatabaseInitializer;
import vn.newsarchive.search.SearchIndexer;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault suite: the packaged jar's {@code import} killed ({@code kill -9}) in the middle
 * of an import. At the next start nothing is half-written and the index matches the
 * database (the archive rebuilds an index an import left short).
 */
class ImportKilledIT {

	@Test
	void aKilledImportLeavesWholeArticlesAndAnIndexThatMatches(@TempDir Path files) throws Exception {
		List<Path> seeds;
		try (Stream<Path> listed = Files.list(Path.of("seeds"))) {
			seeds = listed.filter((p) -> p.toString().endsWith(".txt")).sorted().toList();
		}
		for (int copy = 0; copy < 40; copy++) {
			for (Path seed : seeds) {
				String text = Files.readString(seed, StandardCharsets.UTF_8);
				Files.writeString(files.resolve(copy + "_" + seed.getFileName()),
						text.strip() + "\n\nBản lưu số " + copy + " của bài này.\n", StandardCharsets.UTF_8);
			}
		}
		TestDatabase.Connection database = TestDatabase.get();
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(database.url(), database.username(), database.password()));
		Path index = Path.of("target/fault-index/killed-" + UUID.randomUUID());

		try {
			TestArchive.empty(jdbc);
		}
		catch (RuntimeException ex) {
			// the schema is not there yet: the importer's Flyway creates it
		}
		Process importing = importer(database, index, files).start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (articles(jdbc) < 20 && importing.isAlive() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(importing.isAlive()).as("the import is still running when killed").isTrue();
		importing.destroyForcibly();
		assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();
		long imported = articles(jdbc);
		assertThat(imported).isBetween(20L, (long) seeds.size() * 40 - 1);

		try (ConfigurableApplicationContext archive = start(index)) {
			assertThat(archive.getBean(SearchIndexer.class).needsRebuild()).as("index matches the database").isFalse();
		}
		assertThat(articles(jdbc)).isEqualTo(imported);
		assertThat(jdbc.queryForObject(
				"select count(*) from article where title is null or body = '' or content_hash is null", Long.class))
			.as("half-written articles")
			.isZero();
	}

	private static ProcessBuilder importer(TestDatabase.Connection database, Path index, Path files) {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", "target/party-archive.jar", "import", files.toString(), "--archive.index-dir=" + index)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("SPRING_DATASOURCE_URL", database.url());
		builder.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
		builder.environment().put("ARCHIVE_DATABASE_CREATE_IF_MISSING", "false");
		return builder;
	}

	/** The archive started again on the same database and index, as after the crash. */
	private static ConfigurableApplicationContext start(Path index) {
		SpringApplication application = new SpringApplication(ArchiveApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		return application.run("--server.port=0", "--archive.index-dir=" + index,
				"--" + TestDatabaseInitializer.INDEX_ON_DISK + "=true");
	}

	private static long articles(JdbcTemplate jdbc) {
		try {
			return jdbc.queryForObject("select count(*) from article", Long.class);
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

}
