package vn.newsarchive.testdata;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes test data straight through JPA, each call in its own transaction, and empties
 * the archive between tests (the test database is shared by every test class of a run).
 */
public final class TestArchive {

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	public TestArchive(EntityManager entityManager, TransactionTemplate transactions, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	public void reset() {
		empty(this.jdbc);
	}

	/**
	 * Empties every table of the archive (the others cascade from these three; revisions
	 * and merges are tables of their own), so each test class starts from nothing. The id
	 * sequences go on: the archive takes ids 50 at a time and keeps the rest of its block
	 * in memory, so a restarted sequence would hand out ids it still holds.
	 */
	public static void empty(JdbcTemplate jdbc) {
		jdbc.execute("TRUNCATE article, person, resolution, revision, merged_record CASCADE");
	}

	/**
	 * Runs the work in one transaction with the entity manager, returning what it
	 * returns.
	 */
	public <T> T inTransaction(Function<EntityManager, T> work) {
		return this.transactions.execute((status) -> work.apply(this.entityManager));
	}

	public <T> T save(T entity) {
		return inTransaction((em) -> {
			em.persist(entity);
			return entity;
		});
	}

}
