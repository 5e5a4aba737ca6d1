package vn.newsarchive.resolution;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.newsarchive.testdata.ArticleBuilder.article;

/**
 * The document page shows one page of its citing articles (oldest first) and of its
 * meetings, and counts citations per year over all of them.
 */
class PagedResolutionPageTest extends SeededWebTest {

	@Test
	void aDocumentCitedBy45ArticlesShowsThemTwentyAtATime() {
		long id = this.archive.inTransaction((em) -> {
			ArchiveWriter w = new ArchiveWriter(em);
			Resolution doc = w.resolution("Nghị quyết", "NQ/TW", "35", "TW", "XII", LocalDate.of(2018, 10, 22), null);
			for (int i = 1; i <= 45; i++) {
				LocalDate on = LocalDate.of(2019, 1, 1).plusMonths(i - 1);
				Article a = w.article(
						article("Trích dẫn 35-NQ/TW số " + i).published(on.atTime(7, 0), DatePrecision.MINUTE, false)
							.paragraphs("Nghị quyết 35-NQ/TW được nhắc lại, lần " + i + "."));
				w.cite(a, doc);
				if (i <= 22) {
					Meeting m = w.meeting(a, "Hội nghị", "Hội nghị quán triệt số " + i, on, "Hà Nội");
					m.getResolutions().add(doc);
				}
			}
			return doc.getId();
		});
		String url = path("resolution", id);
		Document page = this.client.page(url);
		List<String> titles = page.select(".article-list a.item-title").eachText();
		assertThat(titles).hasSize(20).startsWith("Trích dẫn 35-NQ/TW số 1").endsWith("Trích dẫn 35-NQ/TW số 20");
		assertThat(page.select("aside .plain-list li")).hasSize(20);
		assertThat(page.select(".pager a[rel=next]").eachAttr("href")).containsExactly(url + "?page=1",
				url + "?meetings=1");
		// January 2019 to September 2022, a citation a month: all counted, by month
		assertThat(page.select("figure.chart-figure svg rect title").eachText()).hasSize(45)
			.startsWith("1/2019: 1", "2/2019: 1")
			.endsWith("9/2022: 1");

		Document third = this.client.page(url + "?page=2");
		assertThat(third.select(".article-list a.item-title").eachText()).hasSize(5)
			.startsWith("Trích dẫn 35-NQ/TW số 41");
		assertThat(this.client.page(url + "?meetings=1").select("aside .plain-list li a").eachText())
			.containsExactly("Hội nghị quán triệt số 21", "Hội nghị quán triệt số 22");
	}

}
