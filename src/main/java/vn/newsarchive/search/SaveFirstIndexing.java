package vn.newsarchive.search;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;

import org.springframework.stereotype.Component;

/**
 * How a committed write reaches the index: at once and visible to the next search (as
 * Hibernate Search's {@code sync}), but an index that cannot be written never turns a
 * save the database committed into an error page, as it did when the index directory was
 * deleted. The failure is recorded instead; readiness turns DOWN and the index is rebuilt
 * ({@link SearchIndexHealth}). Named in
 * {@code hibernate.search.indexing.plan.synchronization.strategy}.
 */
@Component("saveFirstIndexing")
class SaveFirstIndexing implements IndexingPlanSynchronizationStrategy {

	private final IndexFailures failures;

	SaveFirstIndexing(IndexFailures failures) {
		this.failures = failures;
	}

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
		context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
		context.indexingFutureHandler((future) -> {
			try {
				future.join().throwable().ifPresent(this.failures::failed);
			}
			catch (RuntimeException ex) {
				this.failures.failed(ex);
			}
		});
	}

}
