package vn.newsarchive.resolution;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.newsarchive.article.Article;
import vn.newsarchive.testdata.ArticleBuilder;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document cited only by articles of unknown date has nothing to chart by year: the
 * page says so instead of showing an empty chart box (issue 16).
 */
class UndatedCitationsTest extends SeededWebTest {

	@Test
	void aDocumentWhoseCitationsAreUndatedShowsNoChartButSaysWhy() {
		long document = this.jdbc.queryForObject(
				"insert into resolution (kind, type_code, number, issuer, code, slug)"
						+ " values ('Chỉ thị', 'CT', '5', 'TW', '5-CT/TW', 'chi-thi-5-ct-tw') returning id",
				Long.class);
		Article undated = this.archive
			.save(ArticleBuilder.article("Học tập và làm theo Chỉ thị 5").slug("hoc-tap-chi-thi-5").build());
		this.jdbc.update("insert into article_resolution (article_id, resolution_id) values (?, ?)", undated.getId(),
				document);
		Document page = this.client.page(path("resolution", document));
		assertThat(page.select(".article-list a.item-title").eachText())
			.containsExactly("Học tập và làm theo Chỉ thị 5");
		assertThat(page.select("figure.chart-figure, svg.chart")).isEmpty();
		assertThat(page.select(".chart-none").text()).contains("chưa rõ năm đăng");
	}

	@Test
	void aDocumentWithDatedCitationsKeepsItsChart() {
		Document page = this.client.page(path("resolution", this.seeds.nq26()));
		assertThat(page.select("svg.chart rect")).isNotEmpty();
		assertThat(page.select(".chart-none")).isEmpty();
	}

}
