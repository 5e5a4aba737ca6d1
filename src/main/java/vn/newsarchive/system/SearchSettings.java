package vn.newsarchive.system;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives and what one query may cost ({@code archive.search.*}).
 * Fuzzy ({@code word~2}) and prefix ({@code word*}) terms each expand into many index
 * terms: eighty of them from eight clients once slowed every search from 15 ms to over a
 * second.
 *
 * @param backend {@code lucene} (default): an index directory of this process, one node;
 * {@code opensearch}: a shared OpenSearch cluster, any number of stateless nodes
 * ({@code ARCHIVE_SEARCH_BACKEND})
 * @param uris the OpenSearch nodes, e.g. {@code http://opensearch:9200}
 * ({@code ARCHIVE_SEARCH_URIS}, comma-separated)
 * @param reconcileInterval with OpenSearch, how often one node compares the database with
 * the index and re-indexes what the index lacks (a node that died between its commit and
 * its index write); {@code 0} turns it off ({@code ARCHIVE_SEARCH_RECONCILE_INTERVAL})
 * @param maxExpandingTerms fuzzy and prefix terms one query may hold
 * @param maxWords words one query may hold (a real query has a handful)
 * @param timeout how long a query may run before the reader is told to narrow it
 */
public record SearchSettings(@NotNull @DefaultValue("lucene") Backend backend, List<String> uris,
		@NotNull @DefaultValue("1m") Duration reconcileInterval, @Min(0) @DefaultValue("4") int maxExpandingTerms,
		@Min(1) @DefaultValue("40") int maxWords, @NotNull @DefaultValue("3s") Duration timeout) {

	/** The defaults, for code that runs without Spring (benchmarks). */
	public static final SearchSettings DEFAULT = new SearchSettings(Backend.LUCENE, List.of(), Duration.ofMinutes(1), 4,
			40, Duration.ofSeconds(3));

	public SearchSettings {
		uris = (uris != null) ? List.copyOf(uris) : List.of();
		if (backend == Backend.OPENSEARCH && uris.isEmpty()) {
			throw new IllegalArgumentException(
					"ARCHIVE_SEARCH_BACKEND=opensearch needs ARCHIVE_SEARCH_URIS (e.g. http://localhost:9200)");
		}
	}

	/** Whether several archive nodes may share the index. */
	public boolean shared() {
		return this.backend == Backend.OPENSEARCH;
	}

	public enum Backend {

		LUCENE, OPENSEARCH

	}

}
