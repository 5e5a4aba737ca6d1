package vn.newsarchive.search;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;

/**
 * Rebuilds the whole index from the database (articles, persons, documents), for the
 * {@code reindex} command and for a start with a missing or empty index.
 */
@Component
public class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	/** Loading threads for the mass indexer: the archive's machines have two cores. */
	private static final int LOADING_THREADS = 2;

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final ArticleRepository articles;

	SearchIndexer(EntityManagerFactory entityManagerFactory, EntityManager entityManager, ArticleRepository articles) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.articles = articles;
	}

	/**
	 * The index does not hold as many articles as the database: it is missing, new or
	 * emptied, or the archive stopped short during an import (imports let the index reach
	 * the disk a moment after the database).
	 */
	@Transactional(readOnly = true)
	public boolean needsRebuild() {
		return Search.session(this.entityManager)
			.search(Article.class)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount() != this.articles.count();
	}

	/** Empties the index and indexes every record again; returns how long it took. */
	public Duration rebuild() throws InterruptedException {
		Instant start = Instant.now();
		Search.mapping(this.entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			.purgeAllOnStart(true)
			// one segment per index: facets and queries on 12 segments took ~5x longer
			.mergeSegmentsOnFinish(true)
			.threadsToLoadObjects(LOADING_THREADS)
			.startAndWait();
		Duration took = Duration.between(start, Instant.now());
		log.info("Rebuilt the search index in {} ms", took.toMillis());
		return took;
	}

}
