package vn.newsarchive.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * At start, rebuilds the index when it does not hold as many articles as the database
 * (its directory was missing, new or emptied) or was written by a version of the archive
 * that indexed differently, so an index directory never means an archive that finds
 * nothing. A normal start with an index finds it filled and does nothing. Runs before
 * first-start seeding, which indexes as it imports.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

	private final SearchIndexer indexer;

	SearchIndexBootstrap(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		// nodes of a shared index start together: the first rebuilds, the others wait
		// for it and find the index whole
		try (IndexLock.Held held = this.indexer.exclusive()) {
			if (this.indexer.needsRebuild()) {
				log.info("The search index is missing, partial or of an older layout: rebuilding it");
				this.indexer.rebuild();
			}
		}
	}

}
