package vn.newsarchive.resolution;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document page and index: two documents sharing a code stay two, each with its term.
 */
class ResolutionPageTest extends SeededWebTest {

	@Test
	void showsTheDocumentItsCitingArticlesAndMeetings() {
		Document page = this.client.page(path("resolution", this.seeds.nq26()));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Nghị quyết 26-NQ/TW khóa XII");
		assertThat(page.select(".facts dd").eachText()).contains("26-NQ/TW", "Nghị quyết", "26",
				"Ban Chấp hành Trung ương", "XII", "19/05/2018");
		assertThat(page.selectFirst(".lead").text()).startsWith("Tập trung xây dựng đội ngũ cán bộ");
		assertThat(page.select(".article-list a").eachAttr("href"))
			.containsExactly(path("article", this.seeds.maiArticle()));
		assertThat(page.select("figure.chart-figure svg rect")).hasSize(1);
		assertThat(page.select("aside a").eachAttr("href"))
			.containsExactly(path("meeting", this.seeds.inspection1150()));
	}

	@Test
	void pointsToTheOtherDocumentWithTheSameCode() {
		Document page = this.client.page(path("resolution", this.seeds.nq26()));
		assertThat(page.select(".same-code li").eachText()).singleElement()
			.satisfies((t) -> assertThat(t).contains("26-NQ/TW").contains("khóa X").contains("nông nghiệp"));
		assertThat(page.select(".same-code a").attr("href")).isEqualTo(path("resolution", this.seeds.nq26TermX()));
		Document other = this.client.page(path("resolution", this.seeds.nq26TermX()));
		assertThat(other.select(".same-code a").attr("href")).isEqualTo(path("resolution", this.seeds.nq26()));
	}

	@Test
	void indexListsBothDocumentsSharingACodeWithTheirTermsAndFilters() {
		Document index = this.client.page("/van-kien");
		assertThat(index.select("tr.shared-code")).hasSize(2);
		assertThat(index.select("tr.shared-code td:nth-child(3)").eachText()).containsExactlyInAnyOrder("XII", "X");
		assertThat(this.client.page("/van-kien?term=XIII").select("tbody tr a").eachText()).containsExactly("21-KL/TW");
		assertThat(this.client.page("/van-kien?kind=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh").select("tbody tr a").eachText())
			.containsExactly("Quyết định 209");
		Document byCount = this.client.page("/van-kien?sort=count");
		assertThat(byCount.select("tbody tr").last().select("td").last().text()).isEqualTo("0");
		assertThat(this.client.page("/van-kien?q=21-kl").select("tbody tr a").eachText()).containsExactly("21-KL/TW");
	}

	@Test
	void theFilterFormShowsTheChoicesFoundAndKeepsTheChosenOnes() {
		Document index = this.client.page("/van-kien?term=XIII&sort=date");
		assertThat(index.select("label[for=f-term]").text()).isEqualTo("Khóa");
		assertThat(index.select("select#f-term option").eachAttr("value")).contains("", "X", "XII", "XIII");
		assertThat(index.select("select#f-term option[selected]").eachText()).containsExactly("XIII");
		assertThat(index.select("select#f-kind option[selected]")).isEmpty();
		assertThat(index.select("select#f-sort option").eachAttr("value")).containsExactly("code", "count", "date");
		assertThat(index.select("select#f-sort option[selected]").eachAttr("value")).containsExactly("date");
	}

}
