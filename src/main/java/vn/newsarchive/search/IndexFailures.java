package vn.newsarchive.search;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The last indexing failure since the index was last rebuilt. Kept apart from
 * {@link SearchIndexHealth}, with no dependencies, because Hibernate Search asks for
 * {@link SaveFirstIndexing} while the persistence unit is still being built.
 */
@Component
public class IndexFailures {

	private static final Logger log = LoggerFactory.getLogger(IndexFailures.class);

	private final AtomicReference<String> last = new AtomicReference<>();

	void failed(Throwable failure) {
		String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		log.error("Indexing failed after the database committed; the index will be rebuilt", failure);
		this.last.set(reason);
	}

	/** The failure that made the index incomplete, or null. */
	String last() {
		return this.last.get();
	}

	void clear(String seen) {
		this.last.compareAndSet(seen, null);
	}

}
