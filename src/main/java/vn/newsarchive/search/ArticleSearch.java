package vn.newsarchive.search;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.newsarchive.article.Article;
import vn.newsarchive.importer.model.DatePrecision;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

import static vn.newsarchive.search.ArticleFields.*;

/**
 * Full-text search over articles: the one entry point of the search page, the JSON API,
 * the CSV export and the benchmark. Hits are built from stored index fields (no article
 * is loaded from the database), only the hits of the page are highlighted, and each facet
 * keeps its top values.
 */
@Service
public class ArticleSearch {

	/** The most rows a CSV export holds. */
	public static final int EXPORT_LIMIT = 10_000;

	static final int FACET_SIZE = 10;

	/**
	 * Counting may stop past this many hits: the page then says "more than". While facets
	 * are collected Lucene visits every hit anyway and the count stays exact; the limit
	 * saves time only for searches without them.
	 */
	public static final int COUNT_LIMIT = 10_000;

	/**
	 * How long a snippet taken from the lead is, for hits whose body has no match (they
	 * matched in title, persons or documents): the highlighter gives nothing for them.
	 */
	static final int SNIPPET_LENGTH = 220;

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<String, Long>> SOURCES = AggregationKey.of("sources");

	private static final AggregationKey<Map<Long, Long>> PERSONS = AggregationKey.of("persons");

	private static final AggregationKey<Map<Long, Long>> DOCUMENTS = AggregationKey.of("documents");

	private final EntityManager entityManager;

	private final FacetLabels labels;

	ArticleSearch(EntityManager entityManager, FacetLabels labels) {
		this.entityManager = entityManager;
		this.labels = labels;
	}

	/**
	 * One page of results with facets, or the problem that kept the query from running.
	 */
	@Transactional(readOnly = true)
	public SearchResults search(SearchQuery query) {
		return search(query, COUNT_LIMIT);
	}

	/** As {@link #search(SearchQuery)}, counting up to {@code countLimit} hits. */
	@Transactional(readOnly = true)
	SearchResults search(SearchQuery query, int countLimit) {
		Optional<QueryProblem> problem = QueryText.problem(query);
		if (problem.isPresent()) {
			return SearchResults.refused(query, problem.get());
		}
		SearchSession session = Search.session(this.entityManager);
		SearchScope<Article> scope = session.scope(Article.class);
		var aggregations = scope.aggregation();
		SearchResult<SearchHit> result = session.search(scope)
			.select(hit(scope, true))
			.where(ArticlePredicates.of(scope.predicate(), query, (keys) -> cited(session, keys)))
			.sort(sort(scope.sort(), query.sort()))
			.highlighter(
					(h) -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1))
			.aggregation(YEARS,
					aggregations.terms()
						.field(YEAR, Integer.class)
						.orderByTermDescending()
						.maxTermCount(30)
						.toAggregation())
			.aggregation(SOURCES,
					aggregations.terms().field(SOURCE, String.class).maxTermCount(FACET_SIZE).toAggregation())
			.aggregation(PERSONS,
					aggregations.terms().field(PERSON_ID, Long.class).maxTermCount(FACET_SIZE).toAggregation())
			.aggregation(DOCUMENTS,
					aggregations.terms().field(DOCUMENT_ID, Long.class).maxTermCount(FACET_SIZE).toAggregation())
			.totalHitCountThreshold(countLimit)
			.fetch(query.page() * query.size(), query.size());
		SearchFacets facets = new SearchFacets(FacetLabels.plain(result.aggregation(YEARS)),
				FacetLabels.plain(result.aggregation(SOURCES)), this.labels.persons(result.aggregation(PERSONS)),
				this.labels.documents(result.aggregation(DOCUMENTS)));
		boolean exact = result.total().isHitCountExact();
		long total = exact ? result.total().hitCount() : result.total().hitCountLowerBound();
		return new SearchResults(query, total, exact, result.hits(), facets, null);
	}

	/**
	 * All hits of a query up to {@link #EXPORT_LIMIT}, without snippets, in the query's
	 * order; empty when the query cannot run.
	 */
	@Transactional(readOnly = true)
	public List<SearchHit> export(SearchQuery query) {
		if (QueryText.problem(query).isPresent()) {
			return List.of();
		}
		SearchSession session = Search.session(this.entityManager);
		SearchScope<Article> scope = session.scope(Article.class);
		return session.search(scope)
			.select(hit(scope, false))
			.where(ArticlePredicates.of(scope.predicate(), query, (keys) -> cited(session, keys)))
			.sort(sort(scope.sort(), query.sort()))
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

	private static SearchProjection<SearchHit> hit(SearchScope<Article> scope, boolean snippet) {
		var f = scope.projection();
		return f.composite()
			.from(f.id(Long.class), f.field(TITLE, String.class), f.field(SLUG, String.class),
					f.field(PUBLISHED, LocalDateTime.class), f.field(PRECISION, DatePrecision.class),
					f.field(INFERRED, Boolean.class), f.field(SOURCE, String.class),
					snippet ? f.highlight(BODY_FOLDED) : f.constant(List.of()), f.score(),
					snippet ? f.field(LEAD, String.class) : f.constant(null))
			.asList(ArticleSearch::toHit)
			.toProjection();
	}

	private static SearchHit toHit(List<?> values) {
		long id = (Long) values.get(0);
		String title = (String) values.get(1);
		List<?> fragments = (List<?>) values.get(7);
		return new SearchHit(id, title,
				Permalinks.of(Permalinks.ARTICLE, id, Slugs.canonical((String) values.get(2), title)),
				(LocalDateTime) values.get(3), (DatePrecision) values.get(4), Boolean.TRUE.equals(values.get(5)),
				(String) values.get(6),
				fragments.isEmpty() ? leadSnippet((String) values.get(9)) : (String) fragments.get(0),
				(Float) values.get(8));
	}

	/**
	 * The start of the lead, cut at a word boundary with an ellipsis, HTML-escaped like
	 * the highlighter's fragments; null without a lead.
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

	private static SearchSort sort(SearchSortFactory f, SearchOrder sort) {
		return switch (sort) {
			case NEWEST ->
				f.composite((c) -> c.add(f.field(PUBLISHED).desc().missing().last()).add(f.score())).toSort();
			case OLDEST -> f.composite((c) -> c.add(f.field(PUBLISHED).asc().missing().last()).add(f.score())).toSort();
			case RELEVANCE ->
				f.composite((c) -> c.add(f.score()).add(f.field(PUBLISHED).desc().missing().last())).toSort();
		};
	}

}
