package vn.newsarchive.person;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.SeedFixture;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person page: titles as a timeline backed by articles, meetings, co-mentions; the
 * index.
 */
class PersonPageTest extends SeededWebTest {

	@Test
	void showsTheTitlesOfBuiThanhSonAsATimelineWithTheirArticles() {
		Document page = this.client.page(path("person", this.seeds.son()));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Bùi Thanh Sơn");
		List<Element> entries = page.select(".timeline li");
		// each title of a chain is a tenure of its own (issue 18.5)
		assertThat(entries).extracting((e) -> e.selectFirst(".position-title").text())
			.containsExactly("Bí thư Đảng ủy Bộ", "Thứ trưởng Thường trực Bộ Ngoại giao", "Bí thư Ban cán sự đảng",
					"Bộ trưởng Bộ Ngoại giao", "Phó Thủ tướng Chính phủ", "Ủy viên Trung ương Đảng");
		assertThat(String.join(", ",
				entries.subList(0, 2).stream().map((e) -> e.selectFirst(".position-title").text()).toList()))
			.isEqualTo(SeedFixture.SON_2021);
		assertThat(entries.get(0).selectFirst("time").text()).isEqualTo("năm 2021");
		assertThat(entries.get(0).select(".source-article a").attr("href"))
			.isEqualTo(path("article", this.seeds.year2021Article()));
		assertThat(entries.get(3).selectFirst("time").text()).isEqualTo("04/09/2024");
		assertThat(entries.get(3).select(".source-article a").attr("href"))
			.isEqualTo(path("article", this.seeds.inspection2024Article()));
	}

	@Test
	void listsArticlesWithTheirTitlesMeetingsAndCoMentions() {
		Document page = this.client.page(path("person", this.seeds.son()));
		assertThat(page.select(".article-list li")).hasSize(2);
		assertThat(page.select(".article-list li").first().text()).contains("Gắn kết chặt chẽ")
			.contains("Phó Thủ tướng");
		assertThat(page.select(".meetings li").eachText())
			.anySatisfy((t) -> assertThat(t).contains("Đoàn Kiểm tra số 1477"));
		assertThat(page.select(".bars .bar-row a").eachText()).contains("Phạm Bình Minh", "Lê Minh Hưng",
				"Lại Xuân Lâm");
		assertThat(page.select(".bars svg rect")).isNotEmpty();
	}

	@Test
	void indexFiltersByInitialAndByNameWithoutDiacriticsAndSortsByCount() {
		Document all = this.client.page("/nhan-vat?sort=count");
		assertThat(all.select("tbody tr").first().text()).contains("Phạm Bình Minh").endsWith("4");
		assertThat(all.select(".initials a").eachText()).containsSubsequence("B", "L", "P", "T");
		Document byInitial = this.client.page("/nhan-vat?initial=L");
		assertThat(byInitial.select("tbody td a").eachText()).containsExactly("Lại Xuân Lâm", "Lê Minh Hưng");
		Document byText = this.client.page("/nhan-vat?q=truong+thi");
		assertThat(byText.select("tbody td a").eachText()).containsExactly("Trương Thị Mai");
	}

	@Test
	void redirectsAWrongSlugAndAnswers404ForAnUnknownPerson() {
		assertThat(this.client.get("/nhan-vat/" + this.seeds.son() + "-bui-thanh-son-cu").statusCode()).isEqualTo(301);
		assertThat(this.client.get("/nhan-vat/987654").statusCode()).isEqualTo(404);
	}

}
