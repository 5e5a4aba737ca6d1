package vn.newsarchive.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import vn.newsarchive.article.Article;
import vn.newsarchive.search.ArticleCounts.Counts;
import vn.newsarchive.system.MonthlyCounts;

import static vn.newsarchive.search.ArticleFields.*;

/**
 * The count and facets of a search on a backend other than Lucene (OpenSearch), where
 * {@link FacetTally} cannot read the index: the same numbers through terms aggregations,
 * which the cluster computes beside the count in one request. Their order is the tally's:
 * newest years first; other values by count, then by smaller value. The hits per month
 * come from every month and every year with hits (a few hundred values at most).
 */
final class AggregatedCounts {

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<String, Long>> SOURCES = AggregationKey.of("sources");

	private static final AggregationKey<Map<Long, Long>> PERSONS = AggregationKey.of("persons");

	private static final AggregationKey<Map<Long, Long>> DOCUMENTS = AggregationKey.of("documents");

	private static final AggregationKey<Map<Integer, Long>> MONTHS = AggregationKey.of("months");

	private static final AggregationKey<Map<Integer, Long>> ALL_YEARS = AggregationKey.of("allYears");

	/** More months and years than an archive of news holds: 200 years. */
	static final int MAX_MONTHS = 200 * 12;

	private AggregatedCounts() {
	}

	static Counts count(SearchSession session, SearchScope<Article> scope, SearchPredicate matching) {
		SearchResult<Long> result = session.search(scope)
			.select((f) -> f.id(Long.class))
			.where(matching)
			.aggregation(YEARS,
					(f) -> f.terms()
						.field(YEAR, Integer.class)
						.orderByTermDescending()
						.maxTermCount(ArticleCounts.YEAR_FACET_SIZE))
			.aggregation(SOURCES, (f) -> f.terms().field(SOURCE, String.class).maxTermCount(ArticleCounts.FACET_SIZE))
			.aggregation(PERSONS, (f) -> f.terms().field(PERSON_ID, Long.class).maxTermCount(ArticleCounts.FACET_SIZE))
			.aggregation(DOCUMENTS,
					(f) -> f.terms().field(DOCUMENT_ID, Long.class).maxTermCount(ArticleCounts.FACET_SIZE))
			.aggregation(MONTHS, (f) -> f.terms().field(MONTH, Integer.class).maxTermCount(MAX_MONTHS))
			.aggregation(ALL_YEARS, (f) -> f.terms().field(YEAR, Integer.class).maxTermCount(MAX_MONTHS / 12))
			.fetch(0);
		long total = result.total().hitCount();
		MonthlyCounts months = ArticleMonths.counts(result.aggregation(MONTHS), result.aggregation(ALL_YEARS), total);
		return new Counts(total, result.aggregation(YEARS), byCount(result.aggregation(SOURCES)),
				byCount(result.aggregation(PERSONS)), byCount(result.aggregation(DOCUMENTS)), () -> months);
	}

	/** Ties in the order of their values, whatever order the cluster gave them in. */
	private static <K extends Comparable<K>> Map<K, Long> byCount(Map<K, Long> counts) {
		Map<K, Long> ordered = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((e) -> ordered.put(e.getKey(), e.getValue()));
		return ordered;
	}

}
