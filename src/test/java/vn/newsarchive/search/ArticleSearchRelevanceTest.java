package vn.newsarchive.search;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.system.MonthlyCounts;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which seed comes first, over the five seeds as the importer stores them: names with and
 * without diacritics, in capitals and NFD, both tone placements, codes, phrases,
 * exclusion and OR.
 */
class ArticleSearchRelevanceTest extends ImportedSeedsWebTest {

	@Autowired
	ArticleSearch search;

	long seed(String number) {
		return this.jdbc.queryForObject("select id from article where file_name like ?", Long.class,
				"%" + number + "_%");
	}

	List<Long> ids(String q) {
		return ids(SearchQuery.of(q));
	}

	List<Long> ids(SearchQuery query) {
		SearchResults results = this.search.search(query);
		assertThat(results.problem()).as(query.q()).isNull();
		return results.hits().stream().map(SearchHit::id).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "truong thi mai", "TRƯƠNG THỊ MAI", "Trương Thị Mai", "trương thị mai" })
	void maiFindsHerVisitFirst(String q) {
		assertThat(ids(q)).first().isEqualTo(seed("000"));
	}

	@Test
	void anNfdQueryFindsWhatItsNfcFormFinds() {
		String nfd = Normalizer.normalize("Trương Thị Mai", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("Trương Thị Mai");
		assertThat(ids(nfd)).first().isEqualTo(seed("000"));
		assertThat(ids(nfd)).isEqualTo(ids("Trương Thị Mai"));
	}

	@Test
	void bothTonePlacementsFindTheSameArticles() {
		List<Long> modern = ids("uỷ viên bộ chính trị");
		assertThat(modern).isNotEmpty().contains(seed("000"));
		assertThat(ids("ủy viên bộ chính trị")).isEqualTo(modern);
		assertThat(ids("hòa")).isEqualTo(ids("hoà"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "26 nq tw", "26-NQ/TW", "26-nq/tw", "26 NQ TW", "26-NG/TƯ", "nghị quyết 26",
			"nghi quyet so 26" })
	void aDocumentCodeIsFoundHoweverItIsWritten(String q) {
		assertThat(ids(q)).first().isEqualTo(seed("000"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "26 nq tw", "26-NQ/TW", "nghị quyết 26" })
	void aDocumentCodeCountsOnlyTheArticlesThatCiteIt(String q) {
		long citing = this.jdbc.queryForObject("select count(distinct ar.article_id) from article_resolution ar "
				+ "join resolution r on r.id = ar.resolution_id where r.code = '26-NQ/TW'", Long.class);
		assertThat(citing).isPositive();
		assertThat(this.search.search(SearchQuery.of(q)).total()).isEqualTo(citing);
	}

	@Test
	void aDocumentNoArticleCitesIsLookedForAsAPhrase() {
		SearchResults results = this.search.search(SearchQuery.of("nghị quyết 9999"));
		assertThat(results.problem()).isNull();
		assertThat(results.total()).isZero();
	}

	@Test
	void aConclusionByKindAndNumber() {
		assertThat(ids("kết luận 21")).first().isEqualTo(seed("003"));
		assertThat(ids("21-KL/TW")).first().isEqualTo(seed("003"));
	}

	@Test
	void aQueryWithoutDiacriticsMatchesDByFoldingD() {
		assertThat(ids("dang bo bo ngoai giao")).contains(seed("002"));
		assertThat(ids("đảng bộ bộ ngoại giao")).contains(seed("002"));
	}

	@Test
	void exclusionRemovesArticles() {
		List<Long> all = ids("bộ ngoại giao");
		assertThat(all).contains(seed("000"));
		List<Long> withoutMai = ids("bộ ngoại giao -mai");
		assertThat(withoutMai).isNotEmpty().doesNotContain(seed("000")).hasSizeLessThan(all.size());
	}

	@Test
	void orFindsEither() {
		List<Long> either = ids("\"phiếu tín nhiệm\" OR \"Lê Minh Hưng\"");
		assertThat(either).contains(seed("003"), seed("004"));
		assertThat(ids("\"phiếu tín nhiệm\" \"Lê Minh Hưng\"")).isEmpty();
	}

	@Test
	void aPhraseFindsOnlyArticlesWithTheWordsTogether() {
		assertThat(ids("\"Lê Minh Hưng\"")).containsExactly(seed("003"));
	}

	@Test
	void theMonthsOfAQueryAreThoseOfItsHits() {
		SearchQuery query = SearchQuery.of("bộ ngoại giao");
		SortedMap<YearMonth, Long> months = new TreeMap<>();
		SortedMap<Integer, Long> years = new TreeMap<>();
		long undated = 0;
		for (SearchHit hit : this.search.export(query)) {
			if (hit.published() == null) {
				undated++;
			}
			else if (hit.precision() == DatePrecision.YEAR) {
				years.merge(hit.published().getYear(), 1L, Long::sum);
			}
			else {
				months.merge(YearMonth.from(hit.published()), 1L, Long::sum);
			}
		}
		SearchResults results = this.search.search(query);
		assertThat(results.months()).isEqualTo(new MonthlyCounts(months, years, undated));
		assertThat(results.months().total()).isEqualTo(results.total()).isPositive();
		assertThat(months).isNotEmpty();
	}

}
