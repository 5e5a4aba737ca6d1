package vn.newsarchive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database every test runs against: a Testcontainers PostgreSQL where a
 * Docker engine exists, otherwise a fresh database of its own on the local server
 * ({@code SPRING_DATASOURCE_URL} or localhost:5432), created here and dropped when the
 * test JVM ends. Never the {@code archive} database; never H2.
 */
public final class TestDatabase {

	public static final String APPLICATION_NAME = "archive-tests";

	private static Connection details;

	public record Connection(String url, String username, String password, String name, boolean container) {
	}

	private TestDatabase() {
	}

	public static synchronized Connection get() {
		if (details == null) {
			details = dockerAvailable() ? startContainer() : createLocalDatabase();
		}
		return details;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine").withDatabaseName("archive_test");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "archive_test",
				true);
	}

	private static Connection createLocalDatabase() {
		String base = System.getenv()
			.getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5432/postgres");
		String username = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
		String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		String maintenanceUrl = base.replaceFirst("(jdbc:postgresql://[^/]*/)[^?]*", "$1postgres");
		String name = "archive_test_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
		execute(maintenanceUrl, username, password, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(maintenanceUrl, username, password,
					"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
		String url = maintenanceUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
		return new Connection(url, username, password, name, false);
	}

	private static void execute(String url, String username, String password, String sql) {
		try (java.sql.Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL: no Docker engine was found and the local server at "
					+ url + " refused '" + sql + "': " + ex.getMessage(), ex);
		}
	}

}
