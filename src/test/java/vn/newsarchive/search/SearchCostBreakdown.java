package vn.newsarchive.search;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import vn.newsarchive.article.Article;

import static vn.newsarchive.search.ArticleFields.*;

/**
 * Where the time of one {@link ArticleSearch#search} goes (search benchmark, issue 4):
 * the same predicate run five times, each time with one more part of what the page asks
 * for, so the differences are the cost of each part. In this package because the
 * predicate is package-private; a test-tree helper for the benchmark, not a test.
 */
public final class SearchCostBreakdown {

	public static final List<String> STAGES = List.of("match, score, count (ids only)", "+ stored fields",
			"+ highlighted snippet", "+ year and source facets", "+ person and document facets",
			"whole service (+ facet labels from the database)");

	private final EntityManagerFactory factory;

	private final ArticleSearch search;

	public SearchCostBreakdown(EntityManagerFactory factory, ArticleSearch search) {
		this.factory = factory;
		this.search = search;
	}

	/** Nanoseconds for each of {@link #STAGES}, in order. */
	public long[] time(SearchQuery query) {
		long[] nanos = new long[STAGES.size()];
		EntityManager entityManager = this.factory.createEntityManager();
		try {
			SearchSession session = Search.session(entityManager);
			SearchScope<Article> scope = session.scope(Article.class);
			for (int stage = 0; stage < STAGES.size() - 1; stage++) {
				long start = System.nanoTime();
				run(session, scope, query, stage);
				nanos[stage] = System.nanoTime() - start;
			}
		}
		finally {
			entityManager.close();
		}
		long start = System.nanoTime();
		this.search.search(query);
		nanos[STAGES.size() - 1] = System.nanoTime() - start;
		return nanos;
	}

	private static void run(SearchSession session, SearchScope<Article> scope, SearchQuery query, int stage) {
		var f = scope.projection();
		var select = session.search(scope);
		SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> step = switch (stage) {
			case 0 ->
				select.select(f.id(Long.class).toProjection()).where(ArticlePredicates.of(scope.predicate(), query));
			case 1 -> select.select(fields(scope, false)).where(ArticlePredicates.of(scope.predicate(), query));
			default -> select.select(fields(scope, true))
				.where(ArticlePredicates.of(scope.predicate(), query))
				.highlighter((h) -> h.unified().tag("<mark>", "</mark>").numberOfFragments(1));
		};
		step = step.sort((s) -> s.score());
		var a = scope.aggregation();
		if (stage >= 3) {
			step = step
				.aggregation(AggregationKey.<Map<Integer, Long>>of("years"),
						a.terms().field(YEAR, Integer.class).maxTermCount(30).toAggregation())
				.aggregation(AggregationKey.<Map<String, Long>>of("sources"),
						a.terms().field(SOURCE, String.class).maxTermCount(10).toAggregation());
		}
		if (stage >= 4) {
			step = step
				.aggregation(AggregationKey.<Map<Long, Long>>of("persons"),
						a.terms().field(PERSON_ID, Long.class).maxTermCount(10).toAggregation())
				.aggregation(AggregationKey.<Map<Long, Long>>of("documents"),
						a.terms().field(DOCUMENT_ID, Long.class).maxTermCount(10).toAggregation());
		}
		step.totalHitCountThreshold(ArticleSearch.COUNT_LIMIT).fetch(query.page() * query.size(), query.size());
	}

	private static org.hibernate.search.engine.search.projection.SearchProjection<List<?>> fields(
			SearchScope<Article> scope, boolean snippet) {
		var f = scope.projection();
		return f.composite()
			.from(f.id(Long.class), f.field(TITLE, String.class), f.field(SLUG, String.class),
					f.field(PUBLISHED, LocalDateTime.class), f.field(SOURCE, String.class),
					snippet ? f.highlight(BODY_FOLDED) : f.constant(List.of()), f.score())
			.asList()
			.toProjection();
	}

}
