package vn.newsarchive.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no database configured the archive runs on an embedded PostgreSQL whose data stay
 * in their directory between runs; a second archive process (a {@code token} command
 * beside the running archive) joins it instead of starting another.
 */
class EmbeddedDatabaseTest {

	@TempDir
	Path data;

	@Test
	void keepsItsDataBetweenRunsAndASecondProcessJoinsTheRunningServer() throws Exception {
		Path directory = this.data.resolve("postgres");
		try (EmbeddedDatabase first = EmbeddedDatabase.startOrJoin(directory)) {
			execute(first, "create table kept (word text); insert into kept values ('còn đây')");
			try (EmbeddedDatabase joined = EmbeddedDatabase.startOrJoin(directory)) {
				assertThat(joined.port()).isEqualTo(first.port());
			}
			assertThat(query(first, "select count(*) from kept")).isEqualTo("1");
		}
		try (EmbeddedDatabase again = EmbeddedDatabase.startOrJoin(directory)) {
			assertThat(query(again, "select word from kept")).isEqualTo("còn đây");
		}
	}

	@Test
	void theArchiveGetsItsOwnRoleAndDatabaseOnlyWhenNoServerIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("archive.index-dir", "target/unused")
			.withProperty("archive.database.embedded-dir", this.data.resolve("archive-postgres").toString());
		ArchiveProperties settings = Binder.get(environment).bindOrCreate("archive", ArchiveProperties.class);
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(EmbeddedDatabaseConfig.class)
			.withBean(ArchiveProperties.class, () -> settings);
		runner.run((context) -> {
			JdbcConnectionDetails details = context.getBean(JdbcConnectionDetails.class);
			try (Connection connection = DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(),
					details.getPassword());
					Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("select current_database(), current_user")) {
				row.next();
				assertThat(row.getString(1)).isEqualTo("archive");
				assertThat(row.getString(2)).isEqualTo("archive");
			}
		});
		runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:5432/archive")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedDatabase.class)
				.doesNotHaveBean(JdbcConnectionDetails.class));
	}

	private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

}
