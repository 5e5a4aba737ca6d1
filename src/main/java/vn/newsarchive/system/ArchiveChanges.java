package vn.newsarchive.system;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * A counter that moves whenever a read-write transaction commits, so that anything
 * derived from the archive's data (the rendered pages in {@link PageCache}) can tell
 * whether it is still current without tracking which records it was built from.
 */
@Component
public class ArchiveChanges {

	private final AtomicLong version = new AtomicLong();

	/** The version of the archive's data as of now. */
	public long current() {
		return this.version.get();
	}

	/** Called after a read-write transaction has committed. */
	void committed() {
		this.version.incrementAndGet();
	}

}
