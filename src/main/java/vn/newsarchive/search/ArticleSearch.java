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
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchTimeoutException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.newsarchive.article.Article;
import vn.newsarchive.search.ArticleCounts.Counts;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

import static vn.newsarchive.search.ArticleFields.*;
import vn.newsarchive.system.SearchSettings;

/**
 * Full-text search over articles: the one entry point of the search page, the JSON API,
 * the CSV export and the benchmark. Hits are built from stored index fields (no article
 * is loaded from the database), only the hits of the page get a snippet, and the count
 * and facets come from {@link ArticleCounts}, run beside the page.
 */
@Service
public class ArticleSearch {

	/** The most rows a CSV export holds. */
	public static final int EXPORT_LIMIT = 10_000;

	/**
	 * How long a snippet taken from the start of the lead is, for hits whose body and
	 * lead hold none of the query's words (found by their persons or documents, or by
	 * filters alone).
	 */
	static final int SNIPPET_LENGTH = Snippets.LENGTH;

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
			.select(hit(scope, Snippets.of(QueryText.of(query.q()))))
			.where(ranked)
			.sort(sort(scope.sort(), query))
			.totalHitCountThreshold(query.page() * query.size() + query.size())
			.failAfter(this.limits.timeout().toMillis(), TimeUnit.MILLISECONDS)
			.fetchHits(query.page() * query.size(), query.size());
		hits = StoryCopies.withCopies(session, scope, hits);
		Counts counts = joined(counting);
		SearchFacets facets = new SearchFacets(FacetLabels.plain(counts.years()), FacetLabels.plain(counts.sources()),
				this.labels.persons(counts.persons()), this.labels.documents(counts.documents()));
		return new SearchResults(query, counts.total(), hits, facets, null, counts.months());
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
			.select(hit(scope, null))
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
	 * A hit from the stored fields; with snippets, the body and the lead are read too
	 * (null snippets: none, for exports).
	 */
	private static SearchProjection<SearchHit> hit(SearchScope<Article> scope, Snippets snippets) {
		var f = scope.projection();
		if (snippets == null) {
			return f.composite()
				.from(f.composite().as(StoredHit.class))
				.as((stored) -> toHit(stored, null))
				.toProjection();
		}
		return f.composite()
			.from(f.composite().as(StoredHit.class), f.composite().as(StoredHit.Texts.class))
			.as((stored, texts) -> toHit(stored, snippet(snippets, texts)))
			.toProjection();
	}

	private static SearchHit toHit(StoredHit stored, String snippet) {
		return new SearchHit(stored.id(), stored.title(),
				Permalinks.of(Permalinks.ARTICLE, stored.id(), Slugs.canonical(stored.slug(), stored.title())),
				stored.published(), stored.precision(), Boolean.TRUE.equals(stored.inferred()), stored.source(),
				snippet, stored.score(), List.of());
	}

	/**
	 * From the body where it holds the query's words; else from the lead, marked where it
	 * holds them (hits found by their title, persons or documents), else its start.
	 */
	private static String snippet(Snippets snippets, StoredHit.Texts texts) {
		String body = snippets.of(texts.body());
		if (body != null) {
			return body;
		}
		String marked = snippets.of(texts.lead());
		return (marked != null) ? marked : leadSnippet(texts.lead());
	}

	/**
	 * The start of the lead, cut at a word boundary with an ellipsis, HTML-escaped like
	 * {@link Snippets}; null without a lead.
	 */
	static String leadSnippet(String lead) {
		if (lead == null || lead.isBlank()) {
			return null;
		}
		String text = lead.strip().replaceAll("\\s+", " ");
		if (text.length() > SNIPPET_LENGTH) {
			int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
			text = text.substring(0, (cut > SNIPPET_LENGTH / 2) ? cut : SNIPPET_LENGTH).stripTrailing() + " …";
		}
		return HtmlUtils.htmlEscape(text, "UTF-8");
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
