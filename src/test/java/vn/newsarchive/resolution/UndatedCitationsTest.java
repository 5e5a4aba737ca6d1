package vn.newsarchive.resolution;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.newsarchive.article.Article;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.testdata.ArticleBuilder.article;

/**
 * A document cited only by articles of unknown date has nothing to chart by month: the
 * page says so instead of showing an empty chart box (issue 16).
 */
class UndatedCitationsTest extends SeededWebTest {

	@Test
	void aDocumentWhoseCitationsAreUndatedShowsNoChartButSaysWhy() {
		long document = this.archive.inTransaction((em) -> {
			ArchiveWriter w = new ArchiveWriter(em);
			Resolution directive = w.resolution("Chỉ thị", "CT", "5", "TW", null, null, null);
			Article undated = w.article(article("Học tập và làm theo Chỉ thị 5").slug("hoc-tap-chi-thi-5"));
			w.cite(undated, directive);
			return directive.getId();
		});
		Document page = this.client.page(path("resolution", document));
		assertThat(page.select(".article-list a.item-title").eachText())
			.containsExactly("Học tập và làm theo Chỉ thị 5");
		assertThat(page.select("figure.chart-figure, svg.chart, .attention-table")).isEmpty();
		assertThat(page.select(".chart-none").text())
			.isEqualTo("Không bài viết nào rõ tháng đăng, nên không có biểu đồ theo tháng.");
		assertThat(page.select(".attention-undated").text())
			.isEqualTo("1 bài viết không rõ ngày đăng, không tính vào biểu đồ.");
		Document english = this.client.page(path("resolution", document) + "?lang=en");
		assertThat(english.select(".attention-undated").text())
			.isEqualTo("1 article has no known date: not in the chart.");
	}

	@Test
	void aDocumentWithDatedCitationsKeepsItsChart() {
		Document page = this.client.page(path("resolution", this.seeds.nq26()));
		assertThat(page.select("svg.chart rect")).isNotEmpty();
		assertThat(page.select(".chart-none")).isEmpty();
		assertThat(page.select(".attention-table tbody time").eachAttr("datetime")).containsExactly("2019-11");
	}

}
