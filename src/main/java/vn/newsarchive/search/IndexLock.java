package vn.newsarchive.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import vn.newsarchive.system.SearchSettings;

/**
 * Lets one archive process at a time rebuild or reconcile the search index. With a shared
 * index (OpenSearch) that takes a PostgreSQL advisory lock, held on a connection of its
 * own, so that nodes starting together do not rebuild the same index twice, and a node
 * that dies lets it go with its connection. A Lucene index is owned by one process
 * already (its directory's lock), so there it is a lock of this process alone.
 */
@Component
class IndexLock {

	/** The advisory lock's key: "search" in ASCII. */
	static final long KEY = 0x736561726368L;

	private final DataSource dataSource;

	private final boolean shared;

	private final ReentrantLock local = new ReentrantLock();

	private Connection connection;

	IndexLock(DataSource dataSource, SearchSettings search) {
		this.dataSource = dataSource;
		this.shared = search.shared();
	}

	/** Waits for the lock; close what it returns to let it go. Reentrant. */
	Held acquire() {
		this.local.lock();
		try {
			if (this.shared && this.local.getHoldCount() == 1) {
				this.connection = this.dataSource.getConnection();
				try (Statement statement = this.connection.createStatement()) {
					statement.execute("select pg_advisory_lock(" + KEY + ")");
				}
			}
			return this::release;
		}
		catch (SQLException ex) {
			release();
			throw new IllegalStateException("Cannot take the search index lock in PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	private void release() {
		try {
			if (this.connection != null && this.local.getHoldCount() == 1) {
				try (Connection held = this.connection) {
					this.connection = null;
					held.createStatement().execute("select pg_advisory_unlock(" + KEY + ")");
				}
			}
		}
		catch (SQLException ex) {
			// closing the connection has let the lock go all the same
		}
		finally {
			this.local.unlock();
		}
	}

	/** A held lock. */
	interface Held extends AutoCloseable {

		@Override
		void close();

	}

}
