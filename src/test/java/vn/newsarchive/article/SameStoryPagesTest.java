package vn.newsarchive.article;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.testdata.PageClient;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two copies of one story on the public pages (issue 18.1, 18.2): listed once with the
 * other copy's source, each page linking to the other, one meeting naming both, document
 * headings without the kind twice and with the issuer spelled out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SameStoryPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ImportService importService;

	@Autowired
	JdbcTemplate jdbc;

	PageClient client;

	ImportOutcome seed;

	ImportOutcome copy;

	@BeforeEach
	void importCopies() {
		TestArchive.empty(this.jdbc);
		this.seed = this.importService.importFile(Path.of("seeds/001_6353a3c6be2fbff5.txt"));
		this.copy = this.importService.importFile(Path.of("src/test/resources/samestory/001-baoquocte-excerpt.txt"));
		this.importService.importFile(Path.of("seeds/003_e6474cc7a97b0b07.txt"));
		this.client = new PageClient(this.port);
	}

	@Test
	void theListShowsTheStoryOnceWithTheOtherSource() {
		Document list = this.client.page("/bai-viet");
		// seed 001's story, once, and seed 003
		assertThat(list.select(".article-list .item-title").eachText()).hasSize(2).containsOnlyOnce(this.seed.title());
		assertThat(list.select(".also-published").eachText()).containsExactly("Cũng đăng trên: TGVN");
		Document home = this.client.page("/?lang=en");
		assertThat(home.select(".also-published").eachText()).containsExactly("Also published by: TGVN");
	}

	@Test
	void eachCopyLinksToTheOtherAndBothReportOneMeeting() {
		Document copyPage = this.client.page(permalink("bai-viet", "article", this.copy.articleId()));
		assertThat(copyPage.select(".same-story a").eachAttr("href"))
			.allMatch((href) -> href.startsWith("/bai-viet/" + this.seed.articleId()));
		Document seedPage = this.client.page(permalink("bai-viet", "article", this.seed.articleId()));
		assertThat(seedPage.select(".same-story a").eachAttr("href"))
			.allMatch((href) -> href.startsWith("/bai-viet/" + this.copy.articleId()));
		Long meeting = this.jdbc.queryForObject("select id from meeting where article_id = ?", Long.class,
				this.seed.articleId());
		Document meetingPage = this.client.page(permalink("su-kien", "meeting", meeting));
		assertThat(meetingPage.select("a.meeting-article").eachAttr("href")).hasSize(2)
			.anyMatch((href) -> href.startsWith("/bai-viet/" + this.copy.articleId()));
	}

	@Test
	void aDocumentIsHeadedByKindAndCodeOnceWithItsIssuerSpelledOut() {
		Long document = this.jdbc.queryForObject("select id from resolution where code = '21-KL/TW'", Long.class);
		Document page = this.client.page(permalink("van-kien", "resolution", document));
		assertThat(page.selectFirst("h1").text()).startsWith("Kết luận 21-KL/TW").doesNotContain("Kết luận Kết luận");
		assertThat(page.select("dd").eachText()).contains("Ban Chấp hành Trung ương");
	}

	private String permalink(String path, String table, long id) {
		return this.jdbc.queryForObject("select '/" + path + "/' || id || '-' || slug from " + table + " where id = ?",
				String.class, id);
	}

}
