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

/**
 * Reads and extracts the files of an import a few files ahead of the database work, on a
 * thread of its own, in the files' order. Extraction is pure CPU work while storing
 * mostly waits on PostgreSQL and the index, so on the archive's two cores the two
 * overlap.
 */
final class ExtractionAhead implements AutoCloseable {

	/** A file's extraction, or the outcome that says why it failed. */
	record Extraction(String fileName, ExtractedArticle article, ImportOutcome failure) {

		static Extraction of(String fileName, ExtractedArticle article) {
			return new Extraction(fileName, article, null);
		}

		static Extraction failed(ImportOutcome failure) {
			return new Extraction(failure.file(), null, failure);
		}

	}

	/** Enough to keep the reader busy; few enough that large files don't pile up. */
	private static final int AHEAD = 4;

	private final ExecutorService reader = Executors.newSingleThreadExecutor((task) -> {
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
