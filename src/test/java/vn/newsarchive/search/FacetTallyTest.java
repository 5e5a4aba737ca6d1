package vn.newsarchive.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.article.Article;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.search.ArticleFields.*;
import vn.newsarchive.system.SearchSettings;

/**
 * The counts the search page shows come from {@link FacetTally} reading the Lucene query
 * behind Hibernate Search's: they must be what Hibernate Search itself counts, hit for
 * hit and value for value, on the seeds.
 */
class FacetTallyTest extends ImportedSeedsWebTest {

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private static final AggregationKey<Map<String, Long>> SOURCES = AggregationKey.of("sources");

	private static final AggregationKey<Map<Long, Long>> PERSONS = AggregationKey.of("persons");

	private static final AggregationKey<Map<Long, Long>> DOCUMENTS = AggregationKey.of("documents");

	private static final AggregationKey<Map<Integer, Long>> MONTHS = AggregationKey.of("months");

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ArticleSearch search;

	@Test
	void theTallyCountsWhatHibernateSearchCountsForEveryKindOfQuery() {
		long son = this.jdbc.queryForObject("select id from person where name = 'Bùi Thanh Sơn'", Long.class);
		long minh = this.jdbc.queryForObject("select id from person where name = 'Phạm Bình Minh'", Long.class);
		long conclusion = this.jdbc.queryForObject("select id from resolution where code = '21-KL/TW'", Long.class);
		List<SearchQuery> queries = Stream
			.of("", "bộ ngoại giao", "bo ngoai giao", "\"bộ ngoại giao\"", "26 nq tw", "kết luận 21", "hội nghị -mai",
					"tổng kết OR kiểm điểm", "không có trong bài nào")
			.flatMap((q) -> Stream.of(SearchQuery.of(q), SearchQuery.of(q).withPerson(son),
					SearchQuery.of(q).withPerson(minh).withDocument(conclusion)))
			.filter((query) -> QueryText.problem(query, SearchSettings.DEFAULT).isEmpty())
			.toList();
		long matchedSome = 0;
		for (SearchQuery query : queries) {
			SearchResult<?> expected = aggregated(query);
			SearchResults actual = this.search.search(query);
			assertThat(actual.total()).as(query.toString()).isEqualTo(expected.total().hitCount());
			assertThat(values(actual.facets().years())).as(query.toString())
				.isEqualTo(keys(expected.aggregation(YEARS)));
			assertTopValues(query, actual.facets().sources(), expected.aggregation(SOURCES));
			assertTopValues(query, actual.facets().persons(), expected.aggregation(PERSONS));
			assertTopValues(query, actual.facets().documents(), expected.aggregation(DOCUMENTS));
			assertThat(actual.months()).isEqualTo(ArticleMonths.counts(expected.aggregation(MONTHS),
					expected.aggregation(YEARS), expected.total().hitCount()));
			matchedSome += (actual.total() > 0) ? 1 : 0;
		}
		// the mix is not all empty results, nor all full ones
		assertThat(matchedSome).isBetween(10L, queries.size() - 1L);
	}

	@Autowired
	ArticleCounts counts;

	/**
	 * The attention chart counts months alone (no persons, documents or sources): the
	 * same months, years and total as the whole tally, for a person, a document, both,
	 * and a query.
	 */
	@Test
	void theMonthsAloneAreTheMonthsOfTheWholeTally() {
		long son = this.jdbc.queryForObject("select id from person where name = 'Bùi Thanh Sơn'", Long.class);
		long minh = this.jdbc.queryForObject("select id from person where name = 'Phạm Bình Minh'", Long.class);
		long conclusion = this.jdbc.queryForObject("select id from resolution where code = '21-KL/TW'", Long.class);
		List<SearchQuery> queries = List.of(SearchQuery.of("").withPerson(son), SearchQuery.of("").withPerson(minh),
				SearchQuery.of("").withDocument(conclusion),
				SearchQuery.of("").withPerson(minh).withDocument(conclusion), SearchQuery.of("bộ ngoại giao"),
				SearchQuery.of("không có trong bài nào"));
		long counted = 0;
		for (SearchQuery query : queries) {
			var whole = this.counts.count(query, (keys) -> true).months();
			assertThat(this.counts.months(query, (keys) -> true)).as(query.toString()).isEqualTo(whole);
			counted += whole.total();
		}
		assertThat(counted).isPositive();
	}

	/** Hibernate Search's own count and terms aggregations for the same predicate. */
	private SearchResult<?> aggregated(SearchQuery query) {
		var entityManager = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(entityManager);
			SearchScope<Article> scope = session.scope(Article.class);
			var a = scope.aggregation();
			return session.search(scope)
				.select((f) -> f.id())
				.where(ArticlePredicates.matchOnly(scope.predicate(), query, (keys) -> true))
				.aggregation(YEARS,
						a.terms().field(YEAR, Integer.class).orderByTermDescending().maxTermCount(100).toAggregation())
				.aggregation(SOURCES, a.terms().field(SOURCE, String.class).maxTermCount(100).toAggregation())
				.aggregation(PERSONS, a.terms().field(PERSON_ID, Long.class).maxTermCount(1000).toAggregation())
				.aggregation(DOCUMENTS, a.terms().field(DOCUMENT_ID, Long.class).maxTermCount(1000).toAggregation())
				.aggregation(MONTHS, a.terms().field(MONTH, Integer.class).maxTermCount(1000).toAggregation())
				.fetch(0);
		}
		finally {
			entityManager.close();
		}
	}

	/**
	 * The facet shows values with Hibernate Search's counts, most first, and no value it
	 * left out is counted more than one it shows (the top values; ties may go either
	 * way).
	 */
	private static <K> void assertTopValues(SearchQuery query, List<FacetValue> shown, Map<K, Long> all) {
		Map<String, Long> expected = all.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap((e) -> String.valueOf(e.getKey()), Map.Entry::getValue));
		assertThat(shown).as(query.toString()).hasSize(Math.min(all.size(), ArticleCounts.FACET_SIZE));
		for (FacetValue value : shown) {
			assertThat(value.count()).as(query + " " + value).isEqualTo(expected.get(value.value()));
		}
		assertThat(shown).as(query.toString()).isSortedAccordingTo((x, y) -> Long.compare(y.count(), x.count()));
		long least = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).count();
		expected.forEach((value, count) -> {
			if (shown.stream().noneMatch((v) -> v.value().equals(value))) {
				assertThat(count).as(query + " left out " + value).isLessThanOrEqualTo(least);
			}
		});
	}

	/** Facet values as "value=count", in the page's order. */
	private static List<String> values(List<FacetValue> facet) {
		return facet.stream().map((v) -> v.value() + "=" + v.count()).toList();
	}

	private static <K> List<String> keys(Map<K, Long> counts) {
		return counts.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toList();
	}

}
