package vn.newsarchive.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.DateRange;
import vn.newsarchive.system.MonthlyCounts;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.SearchIndex;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.testdata.ArticleBuilder.article;

/**
 * Articles per month from the index, on the seeds' known dates: Phạm Bình Minh is in
 * articles of April 2019 (a month alone), November 2019, February 2020 and 2021 (a year
 * alone).
 */
class AttentionCountsTest extends SeededWebTest {

	@Autowired
	AttentionCounts attention;

	@Autowired
	ArticleSearch search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void indexOnlyTheSeeds() {
		SearchIndex.rebuild(this.entityManagerFactory);
	}

	@Test
	void aPersonsArticlesPerMonthWithThoseDatedByTheYearAlone() {
		MonthlyCounts minh = this.attention.mentioning(this.seeds.minh()).orElseThrow();
		assertThat(minh.months()).containsExactly(Map.entry(YearMonth.of(2019, 4), 1L),
				Map.entry(YearMonth.of(2019, 11), 1L), Map.entry(YearMonth.of(2020, 2), 1L));
		assertThat(minh.yearOnly()).containsExactly(Map.entry(2021, 1L));
		assertThat(minh.undated()).isZero();
		assertThat(minh.total()).isEqualTo(4);
	}

	@Test
	void undatedArticlesAreCountedApart() {
		this.archive.inTransaction((em) -> {
			ArchiveWriter w = new ArchiveWriter(em);
			var undated = w.article(article("Phạm Bình Minh tiếp đoàn đại biểu").slug("pham-binh-minh-tiep-doan"));
			w.mention(undated, em.find(Person.class, this.seeds.minh()), null, 0);
			w.cite(undated, em.find(Resolution.class, this.seeds.nq26()));
			return undated;
		});
		assertThat(this.attention.mentioning(this.seeds.minh()).orElseThrow().undated()).isOne();
		MonthlyCounts nq26 = this.attention.citing(this.seeds.nq26()).orElseThrow();
		assertThat(nq26.months()).containsExactly(Map.entry(YearMonth.of(2019, 11), 1L));
		assertThat(nq26.undated()).isOne();
		assertThat(nq26.yearOnly()).isEmpty();
	}

	@Test
	void aSearchCountsItsMonthsWithItsHitsAndFilters() {
		SearchQuery query = SearchQuery.of("bộ ngoại giao");
		SearchResults results = this.search.search(query);
		assertThat(results.months().total()).isEqualTo(results.total()).isEqualTo(5);
		assertThat(results.months()).isEqualTo(this.attention.matching(query).orElseThrow());
		assertThat(results.months().months()).containsOnlyKeys(YearMonth.of(2019, 4), YearMonth.of(2019, 11),
				YearMonth.of(2020, 2), YearMonth.of(2024, 9));
		SearchQuery in2019 = new SearchQuery("bộ ngoại giao", null, null, null, null, null, 0, 20,
				new DateRange(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
		MonthlyCounts months2019 = this.attention.matching(in2019).orElseThrow();
		assertThat(months2019.months()).containsOnlyKeys(YearMonth.of(2019, 4), YearMonth.of(2019, 11));
		assertThat(months2019.yearOnly()).isEmpty();
		assertThat(months2019.undated()).isZero();
	}

	/**
	 * A search's months are sorted out of its counts only when the page asks for them,
	 * after the tally's arrays have gone back to be counted into by other searches: they
	 * are still that search's own.
	 */
	@Test
	void aSearchsMonthsAskedForAfterOtherSearchesAreItsOwn() {
		SearchQuery ministry = SearchQuery.of("bộ ngoại giao");
		SearchQuery minh = SearchQuery.of("phạm bình minh");
		SearchResults first = this.search.search(ministry);
		SearchResults second = this.search.search(minh);
		this.search.search(SearchQuery.of("nghị quyết"));
		assertThat(second.months()).isEqualTo(this.attention.matching(minh).orElseThrow());
		assertThat(first.months()).isEqualTo(this.attention.matching(ministry).orElseThrow());
		assertThat(first.months()).isNotEqualTo(second.months());
		assertThat(first.months()).isSameAs(first.months());
	}

	@Test
	void aQueryThatCannotRunHasNoMonths() {
		assertThat(this.attention.matching(SearchQuery.of(""))).isEmpty();
		assertThat(this.search.search(SearchQuery.of("")).months()).isEqualTo(MonthlyCounts.NONE);
		assertThat(this.attention.mentioning(Long.MAX_VALUE).orElseThrow().total()).isZero();
	}

}
