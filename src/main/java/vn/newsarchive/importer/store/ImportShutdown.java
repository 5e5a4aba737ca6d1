package vn.newsarchive.importer.store;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The archive's stop (SIGTERM, Ctrl-C, the server shutting down) as the imports see it.
 * On SIGTERM the JVM's shutdown hook closes the Spring context while an import is still
 * running on its own thread: before this, the import went on reading and handed files to
 * writers whose database and index were being closed, and reported them failed (issue
 * 12). The context stops its lifecycle beans before it closes anything, so this one's
 * {@code stop} tells the imports to stop reading and holds the close until the running
 * ones have stored their articles in flight and reported, for at most
 * {@code spring.lifecycle.timeout-per-shutdown-phase} (30 s by default).
 */
@Component
class ImportShutdown implements SmartLifecycle {

	/** Kept open by an import while it runs: the context is not closed under it. */
	interface Hold extends AutoCloseable {

		@Override
		void close();

	}

	private final Object lock = new Object();

	private boolean running;

	private boolean requested;

	private int imports;

	/** The context's close, waiting for the running imports to end. */
	private Runnable closeWaiting;

	/**
	 * Marks an import as running until the hold is closed; an import that starts after
	 * the stop reads nothing ({@link #requested()}).
	 */
	Hold hold() {
		synchronized (this.lock) {
			this.imports++;
		}
		return this::release;
	}

	/** Whether the archive is stopping: an import then reads no further file. */
	boolean requested() {
		synchronized (this.lock) {
			return this.requested;
		}
	}

	private void release() {
		Runnable close;
		synchronized (this.lock) {
			this.imports--;
			if (this.imports > 0 || this.closeWaiting == null) {
				return;
			}
			close = this.closeWaiting;
			this.closeWaiting = null;
		}
		close.run();
	}

	@Override
	public void start() {
		synchronized (this.lock) {
			this.running = true;
			this.requested = false;
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.lock) {
			return this.running;
		}
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	@Override
	public void stop(Runnable callback) {
		synchronized (this.lock) {
			this.running = false;
			this.requested = true;
			if (this.imports > 0) {
				this.closeWaiting = callback;
				return;
			}
		}
		callback.run();
	}

}
