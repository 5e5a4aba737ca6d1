package vn.newsarchive.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves {@link ArchiveChanges} when another node commits a write
 * ({@link CommitAnnouncer}), so this node's page cache drops the pages that write made
 * stale. It listens on a connection of its own; whenever it had to connect again it
 * counts a change, since it may have missed one meanwhile.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "archive.search.backend", havingValue = "opensearch")
class CommitListener implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(CommitListener.class);

	private static final int WAIT_MILLISECONDS = 500;

	private final DataSource dataSource;

	private final ArchiveChanges changes;

	private final Thread thread = new Thread(this, "commit-listener");

	private volatile boolean running = true;

	CommitListener(DataSource dataSource, ArchiveChanges changes) {
		this.dataSource = dataSource;
		this.changes = changes;
		this.thread.setDaemon(true);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.thread.start();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.running = false;
		this.thread.join(2 * WAIT_MILLISECONDS);
	}

	@Override
	public void run() {
		boolean warned = false;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CommitAnnouncer.CHANNEL);
				}
				this.changes.committed();
				warned = false;
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(WAIT_MILLISECONDS);
					if (notifications != null && notifications.length > 0) {
						this.changes.committed();
					}
				}
			}
			catch (SQLException ex) {
				if (this.running && !warned) {
					log.warn("Lost the database connection that hears other nodes' writes; reconnecting", ex);
					warned = true;
				}
				pause();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(WAIT_MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
