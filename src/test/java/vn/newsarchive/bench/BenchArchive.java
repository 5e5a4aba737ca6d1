package vn.newsarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.newsarchive.ArchiveApplication;

/**
 * The archive as a benchmark starts it: on a database of its own (created empty here,
 * dropped by {@link #drop}; {@code BENCH_POSTGRES} names another server), its index in
 * the given directory, no seeding, no web server.
 */
final class BenchArchive {

	static final String SERVER = System.getenv().getOrDefault("BENCH_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");

	private BenchArchive() {
	}

	static ConfigurableApplicationContext start(String database, String urlOptions, Path index, String... arguments)
			throws SQLException {
		drop(database);
		execute("CREATE DATABASE " + database);
		return open(database, urlOptions, index, arguments);
	}

	/** As {@link #start}, on a database that is already there (kept between runs). */
	static ConfigurableApplicationContext open(String database, String urlOptions, Path index, String... arguments) {
		SpringApplication application = new SpringApplication(ArchiveApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		// the test classpath registers the tests' database initializer; a benchmark has
		// its own database
		application.setInitializers(List.of());
		List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + SERVER + database + urlOptions,
				"--spring.datasource.username=postgres", "--archive.seed.enabled=false", "--archive.index-dir=" + index,
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		all.addAll(List.of(arguments));
		return application.run(all.toArray(String[]::new));
	}

	static void drop(String database) throws SQLException {
		execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * The machine's 1-, 5- and 15-minute load averages, printed beside every figure: on a
	 * shared two-core machine they say how much the figure can be trusted.
	 */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
