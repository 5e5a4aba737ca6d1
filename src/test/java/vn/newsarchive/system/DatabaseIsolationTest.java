package vn.newsarchive.system;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite runs on real PostgreSQL, in a database of its own, and leaves the archive
 * alone.
 */
@SpringBootTest
class DatabaseIsolationTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsAgainstPostgresqlNotH2() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getURL()).startsWith("jdbc:postgresql:");
		}
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@Test
	void usesItsOwnDatabaseNeverTheArchive() {
		String current = this.jdbc.queryForObject("select current_database()", String.class);
		assertThat(current).isEqualTo(TestDatabase.get().name()).isNotEqualTo("archive").startsWith("archive_test");
		Integer testSessionsOnArchive = this.jdbc.queryForObject(
				"select count(*) from pg_stat_activity where datname = 'archive' and application_name = ?",
				Integer.class, TestDatabase.APPLICATION_NAME);
		assertThat(testSessionsOnArchive).isZero();
	}

	@Test
	void flywayCreatedTheWholeSchema() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' order by 1",
				String.class);
		assertThat(tables).contains("article", "article_author", "article_caption", "article_related_title", "person",
				"person_alias", "position_held", "article_person", "resolution", "article_resolution", "meeting",
				"meeting_participant", "meeting_resolution", "flyway_schema_history");
		Integer applied = this.jdbc.queryForObject(
				"select count(*) from flyway_schema_history where success and version is not null", Integer.class);
		assertThat(applied).isPositive();
	}

}
