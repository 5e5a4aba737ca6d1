package vn.newsarchive.search;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives ({@code archive.search.*}).
 *
 * @param backend {@code lucene} (default): an index directory of this process, one node;
 * {@code opensearch}: a shared OpenSearch cluster, any number of stateless nodes
 * ({@code ARCHIVE_SEARCH_BACKEND})
 * @param uris the OpenSearch nodes, e.g. {@code http://opensearch:9200}
 * ({@code ARCHIVE_SEARCH_URIS}, comma-separated)
 * @param reconcileInterval with OpenSearch, how often one node compares the database with
 * the index and re-indexes what the index lacks (a node that died between its commit and
 * its index write); {@code 0} turns it off ({@code ARCHIVE_SEARCH_RECONCILE_INTERVAL})
 */
@ConfigurationProperties("archive.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend, List<String> uris,
		@DefaultValue("1m") Duration reconcileInterval) {

	public SearchProperties {
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
