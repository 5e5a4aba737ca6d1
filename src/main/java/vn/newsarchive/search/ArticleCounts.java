package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

import vn.newsarchive.article.Article;
import vn.newsarchive.system.MonthlyCounts;
import vn.newsarchive.system.SearchSettings;

/**
 * The count and the facets of a search: every hit visited, none scored, the facets read
 * by {@link FacetTally} (the count is always exact). Runs on a thread of its own while
 * the page is ranked, since the two passes over the index take about as long as each
 * other on a large result set and the machine has a core for each; it opens its own
 * session for that (a session belongs to one thread).
 */
@Component
class ArticleCounts {

	static final int FACET_SIZE = 10;

	static final int YEAR_FACET_SIZE = 30;

	private final EntityManagerFactory entityManagerFactory;

	private final ExecutorService executor;

	private final SearchSettings limits;

	/**
	 * Whether the index is this process's Lucene index, which {@link FacetTally} reads.
	 */
	private final boolean lucene;

	ArticleCounts(EntityManagerFactory entityManagerFactory, SearchSettings search) {
		this.entityManagerFactory = entityManagerFactory;
		this.limits = search;
		this.lucene = !search.shared();
		this.executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), (task) -> {
			Thread thread = new Thread(task, "search-counts");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Starts counting the hits of a query with its facets.
	 * @param cited whether some article cites a document under one of the keys; it must
	 * not touch the caller's session (answer from what the caller already asked)
	 */
	CompletableFuture<Counts> start(SearchQuery query, Predicate<Set<String>> cited) {
		return CompletableFuture.supplyAsync(() -> count(query, cited), this.executor);
	}

	/**
	 * Counts the hits of a query on the caller's thread (the articles of one person or
	 * document, where there is no page to rank beside).
	 */
	Counts count(SearchQuery query, Predicate<Set<String>> cited) {
		return tally(query, cited, FacetTally.manager(), AggregatedCounts::count,
				(tally) -> new Counts(tally.hits(), tally.years(YEAR_FACET_SIZE), tally.sources(FACET_SIZE),
						tally.persons(FACET_SIZE), tally.documents(FACET_SIZE), tally.monthsWhenAsked()));
	}

	/**
	 * The hits of a query per month, without the other facets: what the attention chart
	 * of a person or a document needs, at a part of the whole tally's cost.
	 */
	MonthlyCounts months(SearchQuery query, Predicate<Set<String>> cited) {
		return tally(query, cited, FacetTally.monthsOnly(),
				(session, scope, predicate) -> AggregatedCounts.count(session, scope, predicate).months(),
				FacetTally::months);
	}

	private <T> T tally(SearchQuery query, Predicate<Set<String>> cited,
			CollectorManager<FacetTally, FacetTally> manager, Aggregated<T> aggregated, Function<FacetTally, T> read) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(entityManager);
			SearchScope<Article> scope = session.scope(Article.class);
			if (!this.lucene) {
				return aggregated.count(session, scope, ArticlePredicates.matchOnly(scope.predicate(), query, cited));
			}
			Query matching = luceneQuery(ArticlePredicates.matchOnly(scope.predicate(), query, cited));
			try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setTimeout(new QueryTimeoutImpl(this.limits.timeout().toMillis()));
				FacetTally tally = searcher.search(matching, manager);
				if (searcher.timedOut()) {
					throw new TimedOut();
				}
				T counts = read.apply(tally);
				tally.release();
				return counts;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			entityManager.close();
		}
	}

	/** The counts from the search backend's aggregations (OpenSearch). */
	@FunctionalInterface
	private interface Aggregated<T> {

		T count(SearchSession session, SearchScope<Article> scope, SearchPredicate predicate);

	}

	/**
	 * The Lucene query of a predicate, through Hibernate Search's own conversion (an SPI
	 * kept for code that runs Lucene directly): {@link FacetTally} then visits exactly
	 * the hits the page counts, with no second translation of ours to drift apart.
	 * Hibernate Search adds no filter of its own to the article index (no nested
	 * documents, no tenants), which {@code FacetTallyTest} checks against its own counts.
	 */
	static Query luceneQuery(SearchPredicate predicate) {
		return LuceneMigrationUtils.toLuceneQuery(predicate);
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * Hits and facet values with their counts; persons and documents as ids; and the hits
	 * per month, sorted into months when first asked for (the search page's chart asks,
	 * the JSON API never does).
	 */
	record Counts(long total, Map<Integer, Long> years, Map<String, Long> sources, Map<Long, Long> persons,
			Map<Long, Long> documents, Supplier<MonthlyCounts> monthly) {

		MonthlyCounts months() {
			return this.monthly.get();
		}

	}

	/**
	 * Counting ran past {@link SearchSettings#timeout()}: its figures would be partial.
	 */
	static final class TimedOut extends RuntimeException {

		TimedOut() {
			super("counting the hits ran out of time", null, false, false);
		}

	}

}
