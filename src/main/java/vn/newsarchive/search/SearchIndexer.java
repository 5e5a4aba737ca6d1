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

	/** The database holds articles and the index none: it is missing, new or emptied. */
	@Transactional(readOnly = true)
	public boolean needsRebuild() {
		if (this.articles.count() == 0) {
			return false;
		}
		return Search.session(this.entityManager)
			.search(Article.class)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount() == 0;
	}

	/** Empties the index and indexes every record again; returns how long it took. */
	public Duration rebuild() throws InterruptedException {
		Instant start = Instant.now();
		Search.mapping(this.entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			.purgeAllOnStart(true)
			.threadsToLoadObjects(LOADING_THREADS)
			.startAndWait();
		Duration took = Duration.between(start, Instant.now());
		log.info("Rebuilt the search index in {} ms", took.toMillis());
		return took;
	}

}
