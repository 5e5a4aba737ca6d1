package vn.newsarchive.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes a fresh machine work with nothing done by hand: when the PostgreSQL server
 * answers but the archive's role or database does not exist yet, creates them with
 * {@code db/init.sql}; when no server answers, stops with one sentence saying what to
 * start or set. With no server set at all, {@link EmbeddedDatabaseConfig} runs the
 * archive's own.
 */
public class DatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final String INVALID_DATABASE = "3D000";

	private static final String INVALID_AUTHORIZATION = "28000";

	private static final String INVALID_PASSWORD = "28P01";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment env = event.getEnvironment();
		String url = env.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return;
		}
		ArchiveProperties.Database settings = Binder.get(env)
			.bindOrCreate("archive", ArchiveProperties.class)
			.database();
		String user = env.getProperty("spring.datasource.username");
		String password = env.getProperty("spring.datasource.password");
		try (Connection ignored = DriverManager.getConnection(url, credentials(user, password))) {
			return;
		}
		catch (SQLException ex) {
			boolean missing = INVALID_DATABASE.equals(ex.getSQLState())
					|| INVALID_AUTHORIZATION.equals(ex.getSQLState()) || INVALID_PASSWORD.equals(ex.getSQLState());
			if (!missing) {
				throw new DatabaseUnavailableException(url, ex);
			}
			if (!settings.createIfMissing()) {
				throw new DatabaseUnavailableException(url, ex);
			}
		}
		createRoleAndDatabase(url, settings.adminUsername(), settings.adminPassword());
	}

	/**
	 * Runs {@code db/init.sql} through the administrative login on the server of
	 * {@code url}; what exists already is left as it is.
	 */
	static void createRoleAndDatabase(String url, String adminUser, String adminPassword) {
		String maintenanceUrl = url.replaceFirst("(jdbc:postgresql://[^/]*/)[^?]*", "$1postgres");
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials(adminUser, adminPassword));
				Statement statement = connection.createStatement()) {
			for (String sql : initStatements()) {
				try {
					statement.execute(sql);
				}
				catch (SQLException ex) {
					// "already exists" (42710 role, 42P04 database): another half of the
					// setup was done
					if (!"42710".equals(ex.getSQLState()) && !"42P04".equals(ex.getSQLState())) {
						throw ex;
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException(url, ex);
		}
	}

	private static String[] initStatements() {
		try (InputStream in = DatabaseBootstrap.class.getResourceAsStream("/db/init.sql")) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
			return Arrays.stream(sql.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toArray(String[]::new);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("db/init.sql is missing from the application", ex);
		}
	}

	private static Properties credentials(String user, String password) {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		return properties;
	}

}
