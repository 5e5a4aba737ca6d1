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
		this.jdbc.execute("TRUNCATE article, article_author, article_caption, article_related_title, person,"
				+ " person_alias, position_held, article_person, resolution, article_resolution, meeting,"
				+ " meeting_participant, meeting_resolution RESTART IDENTITY CASCADE");
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
