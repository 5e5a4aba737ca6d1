package vn.newsarchive.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run by the archive itself, from binaries shipped in a Maven
 * artifact, with its data in a directory of its own kept between runs: a machine with
 * only a JDK runs the archive with one command. When another archive process (the running
 * archive, for a {@code token} command beside it) already runs the server on that
 * directory, this one joins it instead of starting a second one, which PostgreSQL would
 * refuse. Listens on 127.0.0.1 only, on a free port.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** Line of postmaster.pid that holds the port (PostgreSQL's documented layout). */
	private static final int PID_FILE_PORT_LINE = 3;

	private static final String SUPERUSER = "postgres";

	private final EmbeddedPostgres server;

	private final int port;

	private EmbeddedDatabase(EmbeddedPostgres server, int port) {
		this.server = server;
		this.port = port;
	}

	/** Joins the server running on {@code dataDirectory}, or starts one there. */
	public static EmbeddedDatabase startOrJoin(Path dataDirectory) {
		Optional<Integer> running = runningPort(dataDirectory).filter((port) -> serves(port, dataDirectory));
		if (running.isPresent()) {
			log.info("Using the embedded PostgreSQL that another archive process runs on port {} with its data in {}",
					running.get(), dataDirectory);
			return new EmbeddedDatabase(null, running.get());
		}
		try {
			Files.createDirectories(dataDirectory.toAbsolutePath().getParent());
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				// Spring stops it after the data source is closed; a hook of its own
				// would
				// stop it meanwhile
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				// the archive's data, not a test's: a committed write survives a crash
				.setServerConfig("synchronous_commit", "on")
				.start();
			log.info("Started the embedded PostgreSQL on port {} with its data in {}", server.getPort(),
					dataDirectory.toAbsolutePath().normalize());
			return new EmbeddedDatabase(server, server.getPort());
		}
		catch (IOException | IllegalStateException ex) {
			throw new DatabaseUnavailableException("the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/** The address of one of its databases. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + database;
	}

	public String superuser() {
		return SUPERUSER;
	}

	public int port() {
		return this.port;
	}

	/** Stops the server if this process started it; a joined server keeps running. */
	@Override
	public void close() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
	}

	private static Optional<Integer> runningPort(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
			return (lines.size() > PID_FILE_PORT_LINE) ? Optional.of(Integer.parseInt(lines.get(PID_FILE_PORT_LINE)))
					: Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The port answers, and with the server of this very directory: a pid file left by a
	 * crash may name a port that another server took since.
	 */
	private static boolean serves(int port, Path dataDirectory) {
		String url = "jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=5";
		try (Connection connection = DriverManager.getConnection(url, SUPERUSER, "");
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select current_setting('data_directory')")) {
			return row.next() && Path.of(row.getString(1)).toRealPath().equals(dataDirectory.toRealPath());
		}
		catch (SQLException | IOException ex) {
			return false;
		}
	}

}
