package vn.newsarchive.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters, facets, sorting, paging, snippets and refused queries over the imported seeds.
 */
class ArticleSearchFilterTest extends ImportedSeedsWebTest {

	@Autowired
	ArticleSearch search;

	long seed(String number) {
		return this.jdbc.queryForObject("select id from article where file_name like ?", Long.class,
				"%" + number + "_%");
	}

	long person(String name) {
		return this.jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

	long document(String code) {
		return this.jdbc.queryForObject("select id from resolution where code = ?", Long.class, code);
	}

	List<Long> ids(SearchQuery query) {
		return this.search.search(query).hits().stream().map(SearchHit::id).toList();
	}

	@Test
	void importedMentionsAreIndexedSoAPersonFilterFindsThem() {
		assertThat(ids(SearchQuery.of("").withPerson(person("Trương Thị Mai")))).containsExactly(seed("000"));
		assertThat(ids(SearchQuery.of("").withPerson(person("Phạm Bình Minh")))).hasSize(4);
	}

	@Test
	void personAndDocumentFiltersNarrowTogether() {
		List<Long> ministry = ids(SearchQuery.of("bộ ngoại giao"));
		assertThat(ministry).hasSize(5);
		List<Long> son = ids(SearchQuery.of("bộ ngoại giao").withPerson(person("Bùi Thanh Sơn")));
		assertThat(son).containsExactlyInAnyOrder(seed("002"), seed("003"));
		assertThat(ids(
				SearchQuery.of("bộ ngoại giao").withPerson(person("Bùi Thanh Sơn")).withDocument(document("21-KL/TW"))))
			.containsExactly(seed("003"));
		assertThat(ids(SearchQuery.of("").withDocument(document("26-NQ/TW")))).containsExactly(seed("000"));
	}

	@Test
	void facetsCountAndLabelTheirValues() {
		SearchFacets facets = this.search.search(SearchQuery.of("bộ ngoại giao")).facets();
		assertThat(facets.persons()).anySatisfy((f) -> {
			assertThat(f.label()).isEqualTo("Phạm Bình Minh");
			assertThat(f.count()).isEqualTo(4);
			assertThat(f.value()).isEqualTo(String.valueOf(person("Phạm Bình Minh")));
		});
		assertThat(facets.documents()).anySatisfy((f) -> assertThat(f.label()).startsWith("21-KL/TW"));
		assertThat(facets.years()).extracting(FacetValue::value).contains("2019", "2024");
		assertThat(facets.years().stream().mapToLong(FacetValue::count).sum()).isEqualTo(5);
		long year2019 = facets.years()
			.stream()
			.filter((f) -> f.value().equals("2019"))
			.findFirst()
			.orElseThrow()
			.count();
		SearchQuery in2019 = new SearchQuery("bộ ngoại giao", null, null, 2019, null, null, 0, 20);
		assertThat(this.search.search(in2019).total()).isEqualTo(year2019);
	}

	@Test
	void newestAndOldestOrderByPublication() {
		SearchQuery query = SearchQuery.of("bộ ngoại giao");
		assertThat(ids(query.withSort(SearchOrder.NEWEST))).first().isEqualTo(seed("003"));
		assertThat(ids(query.withSort(SearchOrder.OLDEST))).first().isEqualTo(seed("004"));
	}

	@Test
	void pagesSplitTheResultsAndTheTotalCountsThemAll() {
		SearchResults first = this.search.search(new SearchQuery("bộ ngoại giao", null, null, null, null, null, 0, 2));
		SearchResults third = this.search.search(new SearchQuery("bộ ngoại giao", null, null, null, null, null, 2, 2));
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.hits()).hasSize(2);
		assertThat(third.hits()).hasSize(1);
		assertThat(first.totalPages()).isEqualTo(3);
	}

	@Test
	void snippetsMarkTheMatchedWordsInTheOriginalSpelling() {
		SearchHit hit = this.search.search(SearchQuery.of("truong thi mai")).hits().get(0);
		assertThat(hit.snippet()).contains("<mark>Trương</mark> <mark>Thị</mark> <mark>Mai</mark>");
		assertThat(hit.title()).contains("Trương Thị Mai");
		assertThat(hit.url()).startsWith("/bai-viet/" + hit.id() + "-");
		assertThat(hit.published()).isNotNull();
	}

	@Test
	void aHitWithNoMatchInItsBodyHasTheStartOfItsLeadAsSnippet() {
		// a person filter without words highlights nothing
		List<SearchHit> hits = this.search.search(SearchQuery.of("").withPerson(person("Trương Thị Mai"))).hits();
		assertThat(hits).isNotEmpty();
		for (SearchHit hit : hits) {
			assertThat(hit.snippet()).isNotBlank().hasSizeLessThanOrEqualTo(HitProjection.SNIPPET_LENGTH + 30);
		}
	}

	@Test
	void aLeadSnippetIsCutAtAWordAndEscaped() {
		String lead = "Chiều 5/3, <b>đoàn</b> " + "công tác ".repeat(60);
		String snippet = HitProjection.leadSnippet(lead);
		assertThat(snippet).startsWith("Chiều 5/3, &lt;b&gt;đoàn&lt;/b&gt; công tác").endsWith("tác …");
		assertThat(snippet.length()).isLessThan(260);
		assertThat(HitProjection.leadSnippet("Ngắn.")).isEqualTo("Ngắn.");
		assertThat(HitProjection.leadSnippet(null)).isNull();
	}

	@Test
	void badQueriesAreRefusedWithAReason() {
		assertThat(this.search.search(SearchQuery.of("")).problem()).isEqualTo(QueryProblem.EMPTY);
		assertThat(this.search.search(SearchQuery.of("   ")).problem()).isEqualTo(QueryProblem.EMPTY);
		assertThat(this.search.search(SearchQuery.of("?!… -- \"\" ||")).problem()).isEqualTo(QueryProblem.NO_WORDS);
		assertThat(this.search.search(SearchQuery.of("bộ ".repeat(700))).problem()).isEqualTo(QueryProblem.TOO_LONG);
		assertThat(this.search.search(SearchQuery.of("(((\"bộ")).problem()).isNull();
	}

}
