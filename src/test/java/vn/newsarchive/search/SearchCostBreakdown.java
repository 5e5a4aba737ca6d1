package vn.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import vn.newsarchive.article.Article;

import static vn.newsarchive.search.ArticleFields.*;

/**
 * Where the time of one {@link ArticleSearch#search} goes (search benchmark, issue 4).
 * The service runs two passes side by side: the ranked page, and the count with the
 * facets. Here each runs alone, one part added at a time, so the differences are the cost
 * of each part, and the last stage is the whole service, both passes at once. In this
 * package because the predicates are package-private; a test-tree helper for the
 * benchmark, not a test.
 */
public final class SearchCostBreakdown {

	public static final List<String> STAGES = List.of("page: rank, ids only", "page: + stored fields and snippets",
			"count: match and count, no score", "count: + four facets by FacetTally (the service's)",
			"count: + four facets by Hibernate Search aggregations (replaced)",
			"whole service (both passes at once, + facet labels)");

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
				if (stage < 2) {
					page(session, scope, query, stage == 1);
				}
				else if (stage == 3) {
					tally(session, scope, query);
				}
				else {
					count(session, scope, query, (stage == 2) ? 0 : 2);
				}
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

	private static void page(SearchSession session, SearchScope<Article> scope, SearchQuery query, boolean texts) {
		var f = scope.projection();
		var projection = texts ? f.composite()
			.from(f.id(Long.class), f.field(TITLE, String.class), f.field(BODY, String.class),
					f.field(LEAD, String.class))
			.asList()
			.toProjection() : f.composite().from(f.id(Long.class)).asList().toProjection();
		List<List<?>> hits = session.search(scope)
			.select(projection)
			.where(ArticlePredicates.of(scope.predicate(), query))
			.sort((s) -> s.score())
			.totalHitCountThreshold(query.page() * query.size() + query.size())
			.fetchHits(query.page() * query.size(), query.size());
		if (texts) {
			Snippets snippets = Snippets.of(QueryText.of(query.q()));
			for (List<?> hit : hits) {
				snippets.of((String) hit.get(2));
			}
		}
	}

	private static void count(SearchSession session, SearchScope<Article> scope, SearchQuery query, int facets) {
		SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> step = session.search(scope)
			.select((f) -> f.id())
			.where(ArticlePredicates.matchOnly(scope.predicate(), query, (keys) -> true));
		var a = scope.aggregation();
		if (facets >= 1) {
			step = step
				.aggregation(AggregationKey.<Map<Integer, Long>>of("years"),
						a.terms().field(YEAR, Integer.class).maxTermCount(30).toAggregation())
				.aggregation(AggregationKey.<Map<String, Long>>of("sources"),
						a.terms().field(SOURCE, String.class).maxTermCount(10).toAggregation());
		}
		if (facets >= 2) {
			step = step
				.aggregation(AggregationKey.<Map<Long, Long>>of("persons"),
						a.terms().field(PERSON_ID, Long.class).maxTermCount(10).toAggregation())
				.aggregation(AggregationKey.<Map<Long, Long>>of("documents"),
						a.terms().field(DOCUMENT_ID, Long.class).maxTermCount(10).toAggregation());
		}
		step.fetch(0);
	}

	private static void tally(SearchSession session, SearchScope<Article> scope, SearchQuery query) {
		var matching = ArticleCounts.luceneQuery(ArticlePredicates.matchOnly(scope.predicate(), query, (keys) -> true));
		try (var reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			FacetTally tally = new IndexSearcher(reader).search(matching, FacetTally.manager());
			tally.persons(ArticleCounts.FACET_SIZE);
			tally.documents(ArticleCounts.FACET_SIZE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
