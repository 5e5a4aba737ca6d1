package vn.newsarchive.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page over the imported seeds, as a reader gets it. */
class SearchPageTest extends ImportedSeedsWebTest {

	static String encode(String q) {
		return URLEncoder.encode(q, StandardCharsets.UTF_8);
	}

	Document search(String query) {
		return this.client.page("/search?" + query);
	}

	@Test
	void resultsShowTitleDateSourceAndAHighlightedSnippet() {
		Document page = search("q=" + encode("truong thi mai"));
		Element first = page.selectFirst(".search-hits li");
		assertThat(first.selectFirst("a.item-title").attr("href")).isEqualTo(path("article", "title", SeedTitles.MAI));
		assertThat(first.selectFirst("time").text()).isEqualTo("06/11/2019 19:27");
		assertThat(first.select(".snippet mark").eachText()).contains("Trương", "Thị", "Mai");
		assertThat(first.select(".snippet *")).allSatisfy((e) -> assertThat(e.tagName()).isEqualTo("mark"));
		assertThat(page.selectFirst(".result-count").text()).contains("Tìm thấy");
		assertThat(page.selectFirst("#s-q").val()).isEqualTo("truong thi mai");
	}

	@Test
	void anNfdQueryGivesTheSamePage() {
		String nfd = Normalizer.normalize("Trương Thị Mai", Normalizer.Form.NFD);
		assertThat(search("q=" + encode(nfd)).selectFirst(".search-hits a.item-title").attr("href"))
			.isEqualTo(path("article", "title", SeedTitles.MAI));
	}

	@Test
	void facetLinksFilterAndCanBeRemoved() {
		Document page = search("q=" + encode("bộ ngoại giao"));
		assertThat(page.select(".search-hits > li")).hasSize(5);
		Element son = facetLink(page, "Bùi Thanh Sơn");
		assertThat(son.selectFirst(".count").text()).isEqualTo("2");
		Document filtered = this.client.page(son.attr("href"));
		assertThat(filtered.select(".search-hits > li")).hasSize(2);
		Element document = facetLink(filtered, "21-KL/TW");
		Document both = this.client.page(document.attr("href"));
		assertThat(both.select(".search-hits > li")).hasSize(1);
		assertThat(both.selectFirst(".search-hits a.item-title").text()).startsWith("Gắn kết chặt chẽ");
		String clearDocument = both.select(".facet-clear").last().attr("href");
		assertThat(clearDocument).doesNotContain("document=").contains("person=");
		assertThat(this.client.page(clearDocument).select(".search-hits > li")).hasSize(2);
	}

	static Element facetLink(Document page, String label) {
		return page.select(".facet li a").stream().filter((a) -> a.text().startsWith(label)).findFirst().orElseThrow();
	}

	@Test
	void sortAndPagesKeepTheQuery() {
		Document newest = search("q=" + encode("bộ ngoại giao") + "&sort=newest&size=2");
		assertThat(newest.selectFirst(".search-hits time").text()).isEqualTo("05/09/2024 12:00");
		assertThat(newest.select(".search-hits > li")).hasSize(2);
		String next = newest.selectFirst(".pager a[rel=next]").attr("href");
		assertThat(next).contains("sort=newest").contains("page=1");
		assertThat(this.client.page(next).select(".search-hits > li")).hasSize(2);
	}

	@Test
	void badQueriesGetAPageWithAMessage() {
		for (String q : new String[] { "", "   ", "?!…—", "-", "\"", "a".repeat(2000), "bộ ".repeat(700) }) {
			var response = this.client.get("/search?q=" + encode(q));
			assertThat(response.statusCode()).as(q).isEqualTo(200);
			assertThat(org.jsoup.Jsoup.parse(response.body()).select(".search-problem")).as(q).hasSize(1);
		}
		assertThat(this.client.get("/search").statusCode()).isEqualTo(200);
		assertThat(this.client.get("/search?q=x&page=abc&person=zz&year=-1&size=99999").statusCode()).isEqualTo(200);
	}

	@Test
	void theSearchPageIsWellFormedForScreenReadersAndEveryLinkAnswers() {
		for (String query : new String[] { "q=" + encode("bộ ngoại giao") + "&size=2", "q=" + encode("!!!") }) {
			Document page = search(query);
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
			assertThat(page.select("h1")).hasSize(1);
			assertThat(page.select("h3, h4, h5, h6")).isEmpty();
			assertThat(page.select("header, nav, main, footer").eachAttr("class")).hasSizeGreaterThanOrEqualTo(4);
			for (Element control : page.select("input:not([type=hidden]), select")) {
				assertThat(page.select("label[for=" + control.id() + "]")).as(control.attr("name")).hasSize(1);
			}
			// the export links answer JSON and CSV, tested in SearchApiTest
			for (Element link : page.select("main a[href^=/]:not([href^=/api/])")) {
				assertThat(this.client.get(link.attr("href")).statusCode()).as(link.attr("href")).isEqualTo(200);
			}
		}
	}

	@Test
	void theSearchPageSpeaksEnglishToo() {
		Document page = search("q=" + encode("truong thi mai") + "&lang=en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Search");
		assertThat(page.selectFirst(".result-count").text()).contains("found");
	}

	/** Titles of the seeds as the importer stores them. */
	static final class SeedTitles {

		static final String MAI = "Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao";

		private SeedTitles() {
		}

	}

}
