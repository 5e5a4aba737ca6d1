package vn.newsarchive.system;

import java.sql.Statement;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * When several archive nodes share one database (with a shared search index), each
 * read-write transaction tells the others through PostgreSQL that it committed: a
 * {@code NOTIFY} sent inside the transaction is delivered when, and only if, it commits,
 * so no node hears of a write before it can read it. {@link CommitListener} hears it.
 */
@Component
@ConditionalOnProperty(name = "archive.search.backend", havingValue = "opensearch")
class CommitAnnouncer {

	static final String CHANNEL = "archive_changes";

	/** Called in the transaction, just before its commit. */
	void announce(EntityManager entityManager) {
		entityManager.unwrap(Session.class).doWork((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_notify('" + CHANNEL + "', '')");
			}
		});
	}

}
