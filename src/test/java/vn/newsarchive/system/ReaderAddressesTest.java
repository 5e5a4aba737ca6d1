package vn.newsarchive.system;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers do to addresses (issue 16): switch language on a page with a query and
 * filters, mistype a filter, ask for a page past the end of a list.
 */
class ReaderAddressesTest extends ImportedSeedsWebTest {

	@Test
	void switchingLanguageKeepsTheQueryAndTheFilters() {
		Document search = this.client.page("/search?q=ket+luan+21&year=2024");
		String english = search.selectFirst(".lang-switch a[hreflang=en]").attr("href");
		assertThat(english).startsWith("/search?").contains("q=ket+luan+21", "year=2024", "lang=en");
		Document inEnglish = this.client.page(english);
		assertThat(inEnglish.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(inEnglish.selectFirst("#site-q").val()).isEqualTo("ket luan 21");
		String vietnamese = inEnglish.selectFirst(".lang-switch a[hreflang=vi]").attr("href");
		assertThat(vietnamese).contains("q=ket+luan+21", "year=2024", "lang=vi").doesNotContain("lang=en");

		Document list = this.client.page("/bai-viet?year=2019&sort=oldest");
		assertThat(list.selectFirst(".lang-switch a[hreflang=en]").attr("href")).startsWith("/bai-viet?")
			.contains("year=2019", "sort=oldest", "lang=en");
		assertThat(this.client.page("/").selectFirst(".lang-switch a[hreflang=en]").attr("href"))
			.isEqualTo("/?lang=en");
	}

	@Test
	void aMistypedYearIsAReadersMistakeNotTheServers() {
		for (String list : new String[] { "/bai-viet?year=abc", "/su-kien?year=abc" }) {
			HttpResponse<String> answer = this.client.get(list);
			assertThat(answer.statusCode()).as(list).isEqualTo(400);
			assertThat(answer.body()).as(list)
				.contains("Địa chỉ không hợp lệ", "year=2024")
				.doesNotContain("máy chủ không xử lý");
		}
		assertThat(this.client.get("/bai-viet?year=abc&lang=en").body()).contains("Invalid address");
	}

	@Test
	void onAnErrorPageTheLanguageSwitchLeadsToTheAddressAskedForNotToTheErrorPage() {
		for (String asked : new String[] { "/bai-viet?page=999", "/su-kien?year=abc", "/bai-viet?from=abc",
				"/khong-co-trang-nay?x=1" }) {
			String english = org.jsoup.Jsoup.parse(this.client.get(asked).body())
				.selectFirst(".lang-switch a[hreflang=en]")
				.attr("href");
			assertThat(english).as(asked).startsWith(asked.substring(0, asked.indexOf('?') + 1)).endsWith("lang=en");
		}
	}

	@Test
	void aPagePastTheEndOfAListOnARecordsPageIsTheNotFoundPage() {
		String person = path("person", "name", "Trương Thị Mai");
		String document = this.jdbc.queryForObject(
				"select '/van-kien/' || id || '-' || slug from resolution where code = '21-KL/TW'", String.class);
		for (String past : new String[] { "/bai-viet?page=999", person + "?page=999", person + "?meetings=999",
				person + "?positions=999", document + "?page=999", document + "?meetings=999" }) {
			HttpResponse<String> answer = this.client.get(past);
			assertThat(answer.statusCode()).as(past).isEqualTo(404);
			assertThat(answer.body()).as(past).doesNotContain("1.000");
		}
		assertThat(this.client.get(person + "?page=0").statusCode()).isEqualTo(200);
	}

}
