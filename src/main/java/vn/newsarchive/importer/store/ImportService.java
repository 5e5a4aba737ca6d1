package vn.newsarchive.importer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.importer.ArticleExtractor;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.store.ExtractionAhead.Extraction;

/**
 * Imports scraped article files into the archive. Each article is its own transaction: a
 * file that fails is reported with its reason and leaves nothing behind, and the others
 * go in. The same article imported twice (same content hash) is one record, reported as a
 * duplicate.
 */
@Service
public class ImportService {

	/** Articles stored at once by importPaths: the archive's machines have two cores. */
	private static final int WRITERS = 2;

	private final ArticleExtractor extractor;

	private final ArticleTransaction articleTransaction;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final ImportShutdown shutdown;

	private final BatchIndexing batchIndexing = new BatchIndexing();

	ImportService(ArticleExtractor extractor, ArticleWriter writer, ArticleRepository articles,
			PlatformTransactionManager transactionManager, JdbcTemplate jdbc, EntityManager entityManager,
			ImportShutdown shutdown) {
		this.jdbc = jdbc;
		this.shutdown = shutdown;
		this.entityManager = entityManager;
		this.extractor = extractor;
		this.articleTransaction = new ArticleTransaction(writer, articles, transactionManager, jdbc, entityManager,
				this.batchIndexing);
	}

	/**
	 * Imports the files and folders in order. When the archive is stopped meanwhile
	 * ({@link ImportShutdown}) it reads no further file, finishes the articles being
	 * stored and returns the summary with the files it did not read: the same import run
	 * again finds the stored ones as duplicates and stores the rest.
	 */
	public ImportSummary importPaths(List<Path> paths, ImportProgress progress) {
		try (ImportShutdown.Hold running = this.shutdown.hold()) {
			return importFiles(paths, progress);
		}
	}

	private ImportSummary importFiles(List<Path> paths, ImportProgress progress) {
		List<Path> files = new ArrayList<>();
		List<ImportOutcome> outcomes = new ArrayList<>();
		for (Path path : paths) {
			try {
				files.addAll(ArticleFiles.in(path));
			}
			catch (IOException ex) {
				outcomes.add(ImportOutcome.failed(path.toString(), ImportProblem.CANNOT_READ,
						"cannot read: " + ex.getMessage(), String.valueOf(ex.getMessage())));
			}
		}
		int total = files.size() + outcomes.size();
		for (int i = 0; i < outcomes.size(); i++) {
			progress.fileDone(i + 1, total, outcomes.get(i));
		}
		// Two articles are stored at once, each in its own transaction, so that one waits
		// on PostgreSQL while the other works; outcomes are reported in file order.
		Deque<Future<ImportOutcome>> storing = new ArrayDeque<>();
		ImportUpkeep upkeep = new ImportUpkeep(this.jdbc, ImportUpkeep.FIRST);
		upkeep.start();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		boolean databaseGone = false;
		try (ExtractionAhead ahead = new ExtractionAhead(files, this::extract)) {
			while (true) {
				// stopping, or the database gone: no further file is read, the ones in
				// flight finish, and the same import run again goes on from there
				boolean reading = ahead.hasNext() && !this.shutdown.requested() && !databaseGone;
				if (reading && storing.size() < WRITERS) {
					Extraction next = ahead.next();
					storing.add(writers.submit(() -> this.articleTransaction.store(next, null, true)));
					continue;
				}
				if (storing.isEmpty()) {
					break;
				}
				ImportOutcome outcome = storing.remove().get();
				if (outcome.status() == ImportOutcome.Status.IMPORTED) {
					upkeep.articleStored();
				}
				databaseGone |= outcome.problem() == ImportProblem.DATABASE_UNREACHABLE;
				outcomes.add(outcome);
				progress.fileDone(outcomes.size(), total, outcome);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("storing an article failed unexpectedly", ex.getCause());
		}
		finally {
			writers.shutdownNow();
		}
		awaitIndexing();
		return new ImportSummary(List.copyOf(outcomes), total - outcomes.size());
	}

	/**
	 * Waits until every article imported so far is indexed, on disk and visible to the
	 * next search; {@link #importPaths} does it before its summary.
	 */
	public void awaitIndexing() {
		this.batchIndexing.awaitWritten();
		var workspace = Search.mapping(this.entityManager.getEntityManagerFactory()).scope(Object.class).workspace();
		workspace.flush();
		workspace.refresh();
	}

	public ImportOutcome importFile(Path file) {
		return store(extract(file));
	}

	public ImportOutcome importContent(String fileName, byte[] content) {
		return importContent(fileName, content, null);
	}

	/**
	 * Imports one article and keeps the address it was found at (the ingest API's
	 * {@code X-Source-Url}); a duplicate keeps the existing article as it is.
	 */
	public ImportOutcome importContent(String fileName, byte[] content, String sourceUrl) {
		return store(extract(fileName, content), sourceUrl);
	}

	/**
	 * Stores an extraction an editor has checked and corrected, exactly as an imported
	 * file is stored (same identity rules, duplicate check and retries), and returns once
	 * it is searchable.
	 */
	public ImportOutcome importEdited(ExtractedArticle edited) {
		ImportOutcome outcome = store(Extraction.of(edited.file(), edited));
		awaitIndexing();
		return outcome;
	}

	private Extraction extract(Path file) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException | OutOfMemoryError ex) {
			return Extraction.failed(ImportOutcome.failed(file.toString(), ImportProblem.CANNOT_READ,
					"cannot read: " + ex.getMessage(), String.valueOf(ex.getMessage())));
		}
		return extract(file.toString(), content);
	}

	private Extraction extract(String fileName, byte[] content) {
		try {
			return Extraction.of(fileName, this.extractor.extract(fileName, content));
		}
		catch (RuntimeException ex) {
			return Extraction.failed(ImportOutcome.failed(fileName, ex));
		}
	}

	private ImportOutcome store(Extraction extraction) {
		return this.articleTransaction.store(extraction, null, false);
	}

	private ImportOutcome store(Extraction extraction, String sourceUrl) {
		return this.articleTransaction.store(extraction, sourceUrl, false);
	}

}
