package vn.newsarchive.importer.store;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.store.ExtractionAhead.Extraction;
import vn.newsarchive.system.LostConnection;

/**
 * One article, one transaction: an extraction stored in a transaction of its own, the
 * same article stored before (same content hash) reported as a duplicate, and an article
 * that lost a race for a new person or document, or its database connection, tried again.
 * What {@link ImportService} does with many files, and when, is its own; this is what
 * storing one of them means.
 */
final class ArticleTransaction {

	/** Tries of an article that lost a race for a new person or document. */
	private static final int ATTEMPTS = 3;

	private final ArticleWriter writer;

	private final ArticleRepository articles;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final BatchIndexing batchIndexing;

	ArticleTransaction(ArticleWriter writer, ArticleRepository articles, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, EntityManager entityManager, BatchIndexing batchIndexing) {
		this.writer = writer;
		this.articles = articles;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.batchIndexing = batchIndexing;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * @param batch whether the article is one of a batch of files (the import command, an
	 * upload, seeding), which can be run again, rather than one an editor or a scraper
	 * was just told is saved
	 */
	ImportOutcome store(Extraction extraction, String sourceUrl, boolean batch) {
		if (extraction.failure() != null) {
			return extraction.failure();
		}
		String fileName = extraction.fileName();
		ExtractedArticle extracted = extraction.article();
		int lostConnections = 0;
		for (int attempt = 1;;) {
			// A rollback that fails (on a dead connection it does) hides the failure that
			// caused it, and that failure is the one to judge.
			RuntimeException[] work = new RuntimeException[1];
			try {
				return this.transaction.execute((status) -> {
					try {
						return store(fileName, extracted, sourceUrl, batch);
					}
					catch (RuntimeException ex) {
						work[0] = ex;
						throw ex;
					}
				});
			}
			catch (RuntimeException rollbackOrCommit) {
				RuntimeException ex = (work[0] != null) ? work[0] : rollbackOrCommit;
				// A lost connection says nothing about the article: it was rolled back
				// with the session (or, lost at commit, is found by its hash next time).
				if (LostConnection.causedBy(ex)) {
					if (LostConnection.pauseBefore(lostConnections++)) {
						continue;
					}
					String cause = String.valueOf(ex.getMessage());
					return ImportOutcome.failed(fileName, ImportProblem.DATABASE_UNREACHABLE,
							"could not store the article, the database connection was lost and not restored: " + cause,
							cause);
				}
				if (!(ex instanceof DataIntegrityViolationException || ex instanceof ConcurrencyFailureException)) {
					return ImportOutcome.failed(fileName, ImportProblem.NOT_STORED,
							"could not store the article: " + ex.getMessage(), String.valueOf(ex.getMessage()));
				}
				// The same article stored meanwhile is a duplicate, not a failure. Else
				// another transaction created the same person or document first: with
				// it committed, the article resolves to it on the next attempt.
				var existing = this.articles.findByContentHash(extracted.contentHash());
				if (existing.isPresent()) {
					return ImportOutcome.duplicate(fileName, existing.get().getId(), existing.get().getTitle());
				}
				if (attempt++ == ATTEMPTS) {
					String cause = ((NestedRuntimeException) ex).getMostSpecificCause().getMessage();
					return ImportOutcome.failed(fileName, ImportProblem.DATABASE_REFUSED,
							"database refused the article: " + cause, cause);
				}
			}
		}
	}

	private ImportOutcome store(String fileName, ExtractedArticle extracted, String sourceUrl, boolean batch) {
		// A batch can always be run again (duplicates are recognised), so it need not
		// wait for each commit to reach the disk; the database stays consistent either
		// way. Likewise the index: the next article is read while this one is indexed
		// on the other core, and the index reaches the disk once a second and at the
		// end (awaitIndexing) instead of once per article. An index cut short by a crash
		// is rebuilt at the next start (SearchIndexer). A single article saved by an
		// editor or pushed by a scraper was answered "saved": it waits for the disk.
		if (batch) {
			this.jdbc.execute("SET LOCAL synchronous_commit TO OFF");
			Search.session(this.entityManager).indexingPlanSynchronizationStrategy(this.batchIndexing);
		}
		return this.articles.findByContentHash(extracted.contentHash())
			.map((existing) -> ImportOutcome.duplicate(fileName, existing.getId(), existing.getTitle()))
			.orElseGet(() -> {
				var article = this.writer.write(extracted, sourceUrl);
				return ImportOutcome.imported(fileName, article.getId(), article.getTitle());
			});
	}

}
