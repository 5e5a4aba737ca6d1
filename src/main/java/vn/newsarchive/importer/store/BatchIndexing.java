package vn.newsarchive.importer.store;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;

/**
 * How a batch import's articles reach the index: like Hibernate Search's {@code async}
 * (the writer goes on to the next article while this one is indexed), but the indexing
 * still under way is kept so that the end of the batch can wait for it. {@code async}
 * forgets it: on OpenSearch the batch then ended before its last articles were written
 * and refreshed, and the first search after an import could find nothing.
 */
final class BatchIndexing implements IndexingPlanSynchronizationStrategy {

	private final Set<CompletableFuture<?>> underWay = ConcurrentHashMap.newKeySet();

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		context.documentCommitStrategy(DocumentCommitStrategy.NONE);
		context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
		context.indexingFutureHandler((future) -> {
			this.underWay.add(future);
			future.whenComplete((report, failure) -> this.underWay.remove(future));
		});
	}

	/** Waits until every article handed to the index so far has been written to it. */
	void awaitWritten() {
		while (!this.underWay.isEmpty()) {
			for (CompletableFuture<?> future : Set.copyOf(this.underWay)) {
				try {
					future.join();
				}
				catch (CompletionException ex) {
					// the backend's failure handler has reported it; the index is
					// checked against the database at the next start
				}
			}
		}
	}

}
