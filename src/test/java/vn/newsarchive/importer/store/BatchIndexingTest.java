package vn.newsarchive.importer.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's end waits for the indexing still under way: with {@code async}, the import on
 * OpenSearch ended before its last articles were searchable.
 */
class BatchIndexingTest {

	private final BatchIndexing batch = new BatchIndexing();

	private Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler;

	@Test
	void neitherCommitsNorRefreshesPerArticle() {
		Context context = new Context();
		this.batch.apply(context);
		assertThat(context.commit).isEqualTo(DocumentCommitStrategy.NONE);
		assertThat(context.refresh).isEqualTo(DocumentRefreshStrategy.NONE);
	}

	@Test
	void theEndOfTheBatchWaitsForIndexingUnderWay() throws InterruptedException {
		this.batch.apply(new Context());
		CompletableFuture<SearchIndexingPlanExecutionReport> first = new CompletableFuture<>();
		CompletableFuture<SearchIndexingPlanExecutionReport> failing = new CompletableFuture<>();
		this.handler.accept(first);
		this.handler.accept(failing);
		this.handler.accept(CompletableFuture.completedFuture(null));
		CountDownLatch awaited = new CountDownLatch(1);
		Thread end = new Thread(() -> {
			this.batch.awaitWritten();
			awaited.countDown();
		});
		end.start();
		assertThat(awaited.await(300, TimeUnit.MILLISECONDS)).as("returned with indexing under way").isFalse();
		first.complete(null);
		assertThat(awaited.await(300, TimeUnit.MILLISECONDS)).as("returned with indexing under way").isFalse();
		failing.completeExceptionally(new IllegalStateException("index unreachable"));
		assertThat(awaited.await(10, TimeUnit.SECONDS)).as("returned once all were written or failed").isTrue();
	}

	@Test
	void withNothingUnderWayTheEndReturnsAtOnce() {
		this.batch.apply(new Context());
		this.handler.accept(CompletableFuture.completedFuture(null));
		this.batch.awaitWritten();
	}

	private final class Context implements IndexingPlanSynchronizationStrategyConfigurationContext {

		DocumentCommitStrategy commit;

		DocumentRefreshStrategy refresh;

		@Override
		public void documentCommitStrategy(DocumentCommitStrategy strategy) {
			this.commit = strategy;
		}

		@Override
		public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
			this.refresh = strategy;
		}

		@Override
		public void indexingFutureHandler(
				Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> futureHandler) {
			BatchIndexingTest.this.handler = futureHandler;
		}

		@Override
		public FailureHandler failureHandler() {
			return null;
		}

		@Override
		public void operationSubmitter(OperationSubmitter submitter) {
		}

	}

}
