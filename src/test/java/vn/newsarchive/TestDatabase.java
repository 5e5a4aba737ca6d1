package vn.newsarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database every test runs against, the first of these that works: a
 * Testcontainers PostgreSQL where a Docker engine is reachable, else an embedded
 * PostgreSQL of the test run's own (real binaries from a Maven artifact: a machine with
 * only a JDK runs the tests), else a fresh database on the local server
 * ({@code SPRING_DATASOURCE_URL} or localhost:5432), dropped when the test JVM ends.
 * {@code ARCHIVE_TEST_DATABASE} ({@code container}, {@code embedded} or {@code local})
 * picks one. Never the {@code archive} database; never H2.
 */
public final class TestDatabase {

	public static final String APPLICATION_NAME = "archive-tests";

	/** Environment variable (or system property) that picks one kind of database. */
	static final String CHOICE = "ARCHIVE_TEST_DATABASE";

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static Connection details;

	public record Connection(String url, String username, String password, String name, String kind) {
	}

	private TestDatabase() {
	}

	public static synchronized Connection get() {
		if (details == null) {
			details = choose(Optional.ofNullable(System.getProperty(CHOICE)).orElse(System.getenv(CHOICE)));
			log.info("Tests run on the {} PostgreSQL at {}", details.kind(), details.url());
		}
		return details;
	}

	private static Connection choose(String choice) {
		if (choice == null || choice.isBlank() || "auto".equals(choice)) {
			if (DockerEngine.reachable()) {
				return startContainer();
			}
			try {
				return startEmbedded();
			}
			catch (IllegalStateException ex) {
				log.warn("The embedded PostgreSQL did not start ({}); using the local server", ex.getMessage());
				return createLocalDatabase();
			}
		}
		return switch (choice) {
			case "container" -> startContainer();
			case "embedded" -> startEmbedded();
			case "local" -> createLocalDatabase();
			default -> throw new IllegalArgumentException(
					CHOICE + " is '" + choice + "'; use container, embedded, local or leave it unset");
		};
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine").withDatabaseName("archive_test");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "archive_test",
				"container");
	}

	/** A server in a temporary directory, removed with the test JVM. */
	private static Connection startEmbedded() {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			// Its own hook would stop the server while Spring's hooks still close the
			// cached test contexts, whose pools then warn about closed connections.
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWhenUnused(server)));
			String maintenanceUrl = server.getJdbcUrl("postgres", "postgres");
			String name = "archive_test";
			execute(maintenanceUrl, "postgres", "", "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
			return new Connection(server.getJdbcUrl("postgres", name).replaceFirst("\\?.*", ""), "postgres", "", name,
					"embedded");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/**
	 * Waits (at most 20 s) for the test contexts to close their connections, then stops.
	 */
	private static void stopWhenUnused(EmbeddedPostgres server) {
		String url = server.getJdbcUrl("postgres", "postgres");
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		try (java.sql.Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			while (System.nanoTime() < deadline) {
				try (ResultSet clients = statement.executeQuery("select count(*) from pg_stat_activity "
						+ "where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
					if (clients.next() && clients.getInt(1) == 0) {
						break;
					}
				}
				Thread.sleep(100);
			}
		}
		catch (SQLException ex) {
			// the server is going anyway
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
		return new Connection(url, username, password, name, "local");
	}

	private static void execute(String url, String username, String password, String sql) {
		try (java.sql.Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Tests need PostgreSQL: the server at " + url + " refused '" + sql + "': " + ex.getMessage(), ex);
		}
	}

	/**
	 * Asks Testcontainers only where a Docker engine could be: it logs an ERROR when it
	 * finds none, which on a machine without Docker is no error but the expected way to
	 * the embedded server.
	 */
	static final class DockerEngine {

		private DockerEngine() {
		}

		static boolean reachable() {
			if (!configured()) {
				return false;
			}
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

		static boolean configured() {
			String home = System.getProperty("user.home");
			if (System.getenv("DOCKER_HOST") != null || Files.exists(Path.of(home, ".testcontainers.properties"))) {
				return true;
			}
			Stream<String> runtime = Optional.ofNullable(System.getenv("XDG_RUNTIME_DIR"))
				.map((dir) -> dir + "/docker.sock")
				.stream();
			List<String> sockets = Stream.concat(runtime,
					Stream.of("/var/run/docker.sock", home + "/.docker/run/docker.sock",
							home + "/.docker/desktop/docker.sock", home + "/.colima/default/docker.sock",
							home + "/.rd/docker.sock"))
				.toList();
			return sockets.stream().anyMatch((socket) -> Files.exists(Path.of(socket)));
		}

	}

}
