package vn.newsarchive.system;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date filter, "from" and "to", on search and on the lists of articles, meetings and
 * documents (issue 16): it narrows what is listed, survives the language switch and the
 * facet and page links, and a date that cannot be read is the reader's 400 page saying
 * why.
 */
class DateRangeFilterTest extends ImportedSeedsWebTest {

	private static List<String> dates(Document page, String selector) {
		return page.select(selector).eachAttr("datetime");
	}

	@Test
	void searchFindsOnlyArticlesPublishedInTheRange() {
		Document all = this.client.page("/search?q=ngoai+giao");
		Document in2019 = this.client.page("/search?q=ngoai+giao&from=2019-01-01&to=31/12/2019");
		assertThat(dates(all, ".search-hits time")).anyMatch((d) -> !d.startsWith("2019"));
		assertThat(dates(in2019, ".search-hits time")).isNotEmpty().allMatch((d) -> d.startsWith("2019"));
		assertThat(in2019.selectFirst("#s-from").val()).isEqualTo("2019-01-01");
		assertThat(in2019.selectFirst("#s-to").val()).isEqualTo("2019-12-31");
		assertThat(in2019.select(".facet a").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.contains("from=2019-01-01") && href.contains("to=31/12/2019"));
		assertThat(in2019.selectFirst(".lang-switch a[hreflang=en]").attr("href")).contains("from=2019-01-01",
				"to=31/12/2019", "lang=en");
	}

	@Test
	void theListsOfArticlesAndMeetingsKeepToTheRange() {
		Document articles = this.client.page("/bai-viet?from=2020-01-01");
		assertThat(dates(articles, ".article-list time")).isNotEmpty().allMatch((d) -> d.compareTo("2020") >= 0);
		assertThat(articles.selectFirst("#f-from").val()).isEqualTo("2020-01-01");
		assertThat(articles.selectFirst(".lang-switch a[hreflang=en]").attr("href")).startsWith("/bai-viet?")
			.contains("from=2020-01-01", "lang=en");
		long before2020 = this.jdbc.queryForObject(
				"select count(*) from article where story_id is null and published_at < '2020-01-01'", Long.class);
		Document older = this.client.page("/bai-viet?to=2019");
		assertThat(older.select(".article-list > li")).hasSize((int) before2020);

		Document meetings = this.client.page("/su-kien?from=2020-01-01&to=2021-12-31");
		assertThat(dates(meetings, "table time")).isNotEmpty()
			.allMatch((d) -> d.compareTo("2020") >= 0 && d.compareTo("2022") < 0);
		assertThat(meetings.selectFirst(".lang-switch a[hreflang=en]").attr("href")).contains("from=2020-01-01",
				"to=2021-12-31");
	}

	@Test
	void theListOfDocumentsKeepsToTheRangeOfTheirDates() {
		long since2018 = this.jdbc.queryForObject("select count(*) from resolution where issued_on >= '2018-01-01'",
				Long.class);
		long all = this.jdbc.queryForObject("select count(*) from resolution", Long.class);
		assertThat(since2018).as("the seeds hold dated documents on both sides of 2018").isPositive().isLessThan(all);
		Document documents = this.client.page("/van-kien?from=2018-01-01&sort=date");
		assertThat(documents.select("tbody tr")).hasSize((int) since2018);
		assertThat(dates(documents, "tbody time")).allMatch((d) -> d.compareTo("2018") >= 0);
		assertThat(documents.selectFirst("#f-from").val()).isEqualTo("2018-01-01");
		assertThat(documents.selectFirst(".lang-switch a[hreflang=en]").attr("href")).startsWith("/van-kien?")
			.contains("from=2018-01-01", "lang=en");
		Document older = this.client.page("/van-kien?to=31/12/2017");
		assertThat(dates(older, "tbody time")).isNotEmpty().allMatch((d) -> d.compareTo("2018") < 0);
	}

	@Test
	void aDateThatCannotBeReadIsTheReadersBadRequestPageInTheirLanguage() {
		for (String address : new String[] { "/bai-viet?from=abc", "/su-kien?to=abc", "/van-kien?from=abc",
				"/search?q=mai&from=abc" }) {
			HttpResponse<String> answer = this.client.get(address);
			assertThat(answer.statusCode()).as(address).isEqualTo(400);
			assertThat(answer.body()).as(address)
				.contains("Không đọc được ngày &quot;abc&quot;", "31/05/2024")
				.doesNotContain("máy chủ không xử lý");
		}
		assertThat(this.client.get("/bai-viet?from=2024-02-30&lang=en").body())
			.contains("The date &quot;2024-02-30&quot; cannot be read");
		HttpResponse<String> reversed = this.client.get("/search?q=mai&from=2024&to=2023");
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.body()).contains("Ngày bắt đầu (2024) ở sau ngày kết thúc (2023).");
	}

}
