package vn.newsarchive.meeting;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting page links its people, documents and article; the index filters and sorts.
 */
class MeetingPageTest extends SeededWebTest {

	@Test
	void showsTheMeetingWithItsPeopleDocumentsAndArticle() {
		Document page = this.client.page(path("meeting", this.seeds.inspection1150()));
		assertThat(page.selectFirst("h1").text()).startsWith("Đoàn kiểm tra số 1150");
		assertThat(page.select(".facts dd").eachText()).contains("Làm việc", "Trụ sở Bộ Ngoại giao", "Bộ Chính trị",
				"Đoàn kiểm tra số 1150 của Bộ Chính trị");
		assertThat(page.select(".facts time").text()).isEqualTo("06/11/2019");
		assertThat(page.select(".chairs a").eachText()).containsExactlyInAnyOrder("Trương Thị Mai", "Phạm Bình Minh");
		assertThat(page.select(".documents a").eachText()).containsExactlyInAnyOrder("26-NQ/TW", "18-NQ/TW");
		assertThat(page.select("a.meeting-article").attr("href")).isEqualTo(path("article", this.seeds.maiArticle()));
	}

	@Test
	void indexFiltersByYearAndKindAndSortsByDate() {
		Document newest = this.client.page("/su-kien");
		assertThat(newest.select("tbody tr")).hasSize(5);
		assertThat(newest.select("tbody tr").first().text()).contains("1477");
		Document oldest = this.client.page("/su-kien?sort=oldest");
		assertThat(oldest.select("tbody tr").first().text()).contains("lấy phiếu tín nhiệm");
		assertThat(this.client.page("/su-kien?year=2019").select("tbody tr")).hasSize(2);
		assertThat(this.client.page("/su-kien?kind=L%C3%A0m+vi%E1%BB%87c").select("tbody tr")).hasSize(2);
	}

}
