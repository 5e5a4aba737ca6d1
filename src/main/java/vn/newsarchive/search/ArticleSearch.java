package vn.newsarchive.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchTimeoutException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.Article;
import vn.newsarchive.search.ArticleCounts.Counts;

import static vn.newsarchive.search.ArticleFields.*;
import vn.newsarchive.system.SearchSettings;

/**
 * Full-text search over articles: the one entry point of the search page, the JSON API,
 * the CSV export and the benchmark. Hits are built from stored index fields
 * ({@link HitProjection}), only the hits of the page get a snippet, and the count and
 * facets come from {@link ArticleCounts}, run beside the page.
 */
@Service
public class ArticleSearch {

	/** The most rows a CSV export holds. */
	public static final int EXPORT_LIMIT = 10_000;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final FacetLabels labels;

	private final ArticleCounts counts;

	private final SearchSettings limits;

	ArticleSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, FacetLabels labels,
			ArticleCounts counts, SearchSettings limits) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.labels = labels;
		this.counts = counts;
		this.limits = limits;
	}

	/**
	 * One page of results with facets, or the problem that kept the query from running.
	 * Everything comes from the index (and known labels): no transaction, so no database
	 * connection is taken for a search.
	 */
	public SearchResults search(SearchQuery query) {
		Optional<QueryProblem> problem = QueryText.problem(query, this.limits);
		if (problem.isPresent()) {
			return SearchResults.refused(query, problem.get());
		}
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			return search(query, Search.session(entityManager));
		}
		catch (SearchTimeoutException | ArticleCounts.TimedOut ex) {
			return SearchResults.refused(query, QueryProblem.TIMEOUT);
		}
		finally {
			entityManager.close();
		}
	}

	private SearchResults search(SearchQuery query, SearchSession session) {
		SearchScope<Article> scope = session.scope(Article.class);
		Map<Set<String>, Boolean> citedKeys = new ConcurrentHashMap<>();
		Predicate<Set<String>> cited = (keys) -> citedKeys.computeIfAbsent(keys, (k) -> cited(session, k));
		// Two passes over the index, side by side: the page, ranked, stops counting at
		// its last hit so Lucene may skip hits that cannot reach it; the count and the
		// facets visit every hit but score none. The page's predicate is built first:
		// it asks the index about cited documents, and the count reuses the answer.
		SearchPredicate ranked = ArticlePredicates.of(scope.predicate(), query, cited);
		CompletableFuture<Counts> counting = this.counts.start(query, cited);
		List<SearchHit> hits = session.search(scope)
			.select(HitProjection.of(scope, Snippets.of(QueryText.of(query.q()))))
			.where(ranked)
			.sort(sort(scope.sort(), query))
			.totalHitCountThreshold(query.page() * query.size() + query.size())
			.failAfter(this.limits.timeout().toMillis(), TimeUnit.MILLISECONDS)
			.fetchHits(query.page() * query.size(), query.size());
		hits = StoryCopies.withCopies(session, scope, hits);
		Counts counts = joined(counting);
		SearchFacets facets = new SearchFacets(FacetLabels.plain(counts.years()), FacetLabels.plain(counts.sources()),
				this.labels.persons(counts.persons()), this.labels.documents(counts.documents()));
		return new SearchResults(query, counts.total(), hits, facets, null, counts.monthly());
	}

	/** The counts, with the exception that stopped them unwrapped (a timeout). */
	private static Counts joined(CompletableFuture<Counts> counting) {
		try {
			return counting.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/**
	 * All hits of a query up to {@link #EXPORT_LIMIT}, without snippets, in the query's
	 * order; empty when the query cannot run.
	 */
	@Transactional(readOnly = true)
	public List<SearchHit> export(SearchQuery query) {
		if (QueryText.problem(query, this.limits).isPresent()) {
			return List.of();
		}
		SearchSession session = Search.session(this.entityManager);
		SearchScope<Article> scope = session.scope(Article.class);
		return session.search(scope)
			.select(HitProjection.of(scope, null))
			.where(ArticlePredicates.of(scope.predicate(), query, (keys) -> cited(session, keys)))
			.sort(sort(scope.sort(), query))
			.failAfter(this.limits.timeout().toMillis(), TimeUnit.MILLISECONDS)
			.fetchHits(EXPORT_LIMIT);
	}

	/** Whether some article cites a document under one of these keys. */
	private static boolean cited(SearchSession session, Set<String> keys) {
		return !session.search(Article.class)
			.select((f) -> f.id())
			.where((f) -> f.terms().field(DOCUMENT_KEY).matchingAny(keys))
			.fetchHits(1)
			.isEmpty();
	}

	/**
	 * By relevance, a query with words is ranked by score alone, with no date to break
	 * ties: Lucene's score-only collector is the one built to skip the hits that cannot
	 * reach the page. Hits that all score alike (filters alone, a document code alone)
	 * come newest first.
	 */
	private static SearchSort sort(SearchSortFactory f, SearchQuery query) {
		QueryText text = QueryText.of(query.q());
		if (query.sort() == SearchOrder.RELEVANCE && text.hasWords()
				&& !DocumentKeys.isOnlyReferences(text.plainWords())) {
			return f.score().toSort();
		}
		return switch (query.sort()) {
			case NEWEST ->
				f.composite((c) -> c.add(f.field(PUBLISHED).desc().missing().last()).add(f.score())).toSort();
			case OLDEST -> f.composite((c) -> c.add(f.field(PUBLISHED).asc().missing().last()).add(f.score())).toSort();
			case RELEVANCE ->
				f.composite((c) -> c.add(f.score()).add(f.field(PUBLISHED).desc().missing().last())).toSort();
		};
	}

}
