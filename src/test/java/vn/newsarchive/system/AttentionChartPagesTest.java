package vn.newsarchive.system;

import org.jsoup.nodes.Document;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.newsarchive.testdata.SearchIndex;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attention over time on the person, document and search pages, in both languages: the
 * monthly chart, the months as a table, what the chart leaves out, the CSV link. A
 * document whose citations are all undated: {@code UndatedCitationsTest}.
 */
class AttentionChartPagesTest extends SeededWebTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void indexOnlyTheSeeds() {
		SearchIndex.rebuild(this.entityManagerFactory);
	}

	@Test
	void thePersonPageChartsTheMonthsAndSaysWhatItLeavesOut() {
		Document page = this.client.page(path("person", this.seeds.minh()));
		// April 2019 to February 2020: eleven columns, three of them with articles
		assertThat(page.select(".attention svg.chart rect")).hasSize(11);
		assertThat(page.select(".attention svg.chart").attr("aria-label"))
			.isEqualTo("Số bài viết nhắc đến nhân vật này, theo tháng đăng");
		assertThat(page.select(".attention-table tbody tr").eachText()).containsExactly("tháng 4/2019 1",
				"tháng 11/2019 1", "tháng 2/2020 1");
		assertThat(page.select(".attention-table tbody time").eachAttr("datetime")).containsExactly("2019-04",
				"2019-11", "2020-02");
		assertThat(page.select(".attention-year-only").text())
			.isEqualTo("1 bài viết chỉ rõ năm đăng, không tính vào biểu đồ.");
		assertThat(page.select(".attention-undated")).isEmpty();
		assertThat(page.select(".attention-csv a").attr("href"))
			.isEqualTo("/api/v1/persons/" + this.seeds.minh() + "/months.csv");
	}

	@Test
	void inEnglish() {
		Document page = this.client.page(path("person", this.seeds.minh()) + "?lang=en");
		assertThat(page.select(".attention-table tbody tr").eachText()).containsExactly("April 2019 1",
				"November 2019 1", "February 2020 1");
		assertThat(page.select(".attention-table summary").text()).isEqualTo("The numbers by month");
		assertThat(page.select(".attention-year-only").text())
			.isEqualTo("1 article is dated only by its year: not in the chart.");
		assertThat(page.select(".attention-csv a").text()).isEqualTo("Download the numbers by month (CSV)");
	}

	@Test
	void theSearchPageChartsItsResultsWithinItsDates() {
		Document page = this.client.page("/search?q=b%E1%BB%99+ngo%E1%BA%A1i+giao&from=2019-01-01&to=2020-12-31");
		assertThat(page.select(".attention-search h2").text()).isEqualTo("Số bài viết theo tháng");
		assertThat(page.select(".attention-table tbody time").eachAttr("datetime")).containsExactly("2019-04",
				"2019-11", "2020-02");
		assertThat(page.select(".attention-csv a").attr("href")).startsWith("/api/search/months.csv?q=")
			.contains("from=2019-01-01", "to=2020-12-31");
		Document english = this.client.page("/search?q=ngoai+giao&lang=en");
		assertThat(english.select(".attention-search h2").text()).isEqualTo("Articles per month");
		assertThat(english.select(".attention-year-only").text())
			.isEqualTo("1 article is dated only by its year: not in the chart.");
	}

	@Test
	void aSearchWithoutResultsHasNoChart() {
		Document page = this.client.page("/search?q=kh%C3%B4ng+c%C3%B3+trong+b%C3%A0i+n%C3%A0o");
		assertThat(page.select(".attention")).isEmpty();
	}

}
