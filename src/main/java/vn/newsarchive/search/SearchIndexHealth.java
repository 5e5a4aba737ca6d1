package vn.newsarchive.search;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import vn.newsarchive.system.IndexWatchProperties;

/**
 * The index's part of readiness: DOWN, with the reason, while the index directory is
 * missing or a write to the index failed; the watch then rebuilds the index from the
 * database while the archive runs, and readiness is UP again. Before, a deleted index
 * left the archive finding 1 article of 68 and health UP until someone restarted it.
 */
@Component("searchIndex")
@ConditionalOnWebApplication
class SearchIndexHealth implements HealthIndicator, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexHealth.class);

	private final SearchIndexer indexer;

	private final IndexFailures failures;

	private final IndexWatchProperties properties;

	private final TaskScheduler scheduler;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	SearchIndexHealth(SearchIndexer indexer, IndexFailures failures, IndexWatchProperties properties,
			TaskScheduler scheduler) {
		this.indexer = indexer;
		this.failures = failures;
		this.properties = properties;
		this.scheduler = scheduler;
	}

	@Override
	public Health health() {
		String problem = problem();
		if (problem == null) {
			return Health.up().build();
		}
		return Health.down().withDetail("reason", this.rebuilding.get() ? problem + "; rebuilding" : problem).build();
	}

	/** Starts the watch once the archive runs (after the index was checked at start). */
	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.checkEvery().isZero()) {
			this.scheduler.scheduleWithFixedDelay(this::check, this.properties.checkEvery());
		}
	}

	/** Rebuilds the index when it is missing or a write failed. */
	void check() {
		String problem = problem();
		if (problem == null || !this.rebuilding.compareAndSet(false, true)) {
			return;
		}
		String failure = this.failures.last();
		try {
			log.warn("The search index needs rebuilding ({}): rebuilding it while the archive runs", problem);
			this.indexer.recreateDirectories();
			this.indexer.rebuild();
			this.failures.clear(failure);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("Rebuilding the search index failed; trying again at the next check", ex);
		}
		finally {
			this.rebuilding.set(false);
		}
	}

	private String problem() {
		if (!this.indexer.isOnDisk()) {
			return "the index directory is missing";
		}
		String failure = this.failures.last();
		return (failure != null) ? "a write to the index failed: " + failure : null;
	}

}
