package vn.newsarchive.importer.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.story.StorySignature;

/**
 * Reads and extracts the files of an import a few files ahead of the database work, on
 * threads of their own, handed on in the files' order. Extraction (and the story
 * signature, which needs only the text) is pure CPU work while storing mostly waits on
 * PostgreSQL and the index, so the two overlap. Up to two extracting threads (the
 * archive's machines have two cores): the signature moved here from the writers, and one
 * thread alone would set the pace of the two writers (issue 12.3).
 */
final class ExtractionAhead implements AutoCloseable {

	/** A file's extraction, or the outcome that says why it failed. */
	record Extraction(String fileName, ExtractedArticle article, StorySignature signature, ImportOutcome failure) {

		static Extraction of(String fileName, ExtractedArticle article) {
			return new Extraction(fileName, article, StorySignature.of(article.article()), null);
		}

		static Extraction failed(ImportOutcome failure) {
			return new Extraction(failure.file(), null, null, failure);
		}

	}

	/** Threads extracting at once. */
	private static final int READERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

	/** Enough to keep the readers busy; few enough that large files don't pile up. */
	private static final int AHEAD = 4 * READERS;

	private final ExecutorService reader = Executors.newFixedThreadPool(READERS, (task) -> {
		Thread thread = new Thread(task, "import-reader");
		thread.setDaemon(true);
		return thread;
	});

	private final Deque<Future<Extraction>> pending = new ArrayDeque<>();

	private final Iterator<Path> files;

	private final Function<Path, Extraction> extract;

	ExtractionAhead(List<Path> files, Function<Path, Extraction> extract) {
		this.files = files.iterator();
		this.extract = extract;
		fill();
	}

	boolean hasNext() {
		return !this.pending.isEmpty();
	}

	/** The next file's extraction, waiting for it if the reader is behind. */
	Extraction next() throws InterruptedException {
		Future<Extraction> next = this.pending.remove();
		fill();
		try {
			return next.get();
		}
		catch (ExecutionException ex) {
			// extract() reports failures as outcomes; anything else is a bug worth seeing
			throw new IllegalStateException("extraction failed unexpectedly", ex.getCause());
		}
	}

	private void fill() {
		while (this.pending.size() < AHEAD && this.files.hasNext()) {
			Path file = this.files.next();
			this.pending.add(this.reader.submit(() -> this.extract.apply(file)));
		}
	}

	@Override
	public void close() {
		this.reader.shutdownNow();
	}

}
