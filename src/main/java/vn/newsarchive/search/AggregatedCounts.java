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

import static vn.newsarchive.search.ArticleFields.*;

/**
 * The count and facets of a search on a backend other than Lucene (OpenSearch), where
 * {@link FacetTally} cannot read the index: the same numbers through terms aggregations,
 * which the cluster computes beside the count in one request. Their order is the tally's:
 * newest years first; other values by count, then by smaller value.
 */
final class AggregatedCounts {

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<String, Long>> SOURCES = AggregationKey.of("sources");

	private static final AggregationKey<Map<Long, Long>> PERSONS = AggregationKey.of("persons");

	private static final AggregationKey<Map<Long, Long>> DOCUMENTS = AggregationKey.of("documents");

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
			.fetch(0);
		return new Counts(result.total().hitCount(), result.aggregation(YEARS), byCount(result.aggregation(SOURCES)),
				byCount(result.aggregation(PERSONS)), byCount(result.aggregation(DOCUMENTS)));
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
