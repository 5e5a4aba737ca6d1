package vn.newsarchive.home;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import vn.newsarchive.article.Article;
import vn.newsarchive.testdata.ArticleBuilder;
import vn.newsarchive.testdata.SeedFixture;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atom feed, sitemap and OpenSearch description: well-formed XML pointing at permalinks.
 */
class FeedsTest extends SeededWebTest {

	private Document xml(String path, String contentType) {
		HttpResponse<String> response = this.client.get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
		return Jsoup.parse(response.body(), "", Parser.xmlParser());
	}

	@Test
	void atomFeedListsTheLatestArticlesNewestFirstWithTheirPermalinks() {
		Document feed = xml("/feed.atom", "application/atom+xml");
		assertThat(feed.selectFirst("feed").attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(feed.select("entry")).hasSize(5);
		assertThat(feed.select("entry").first().selectFirst("title").text())
			.startsWith("Gắn kết chặt chẽ xây dựng Đảng");
		assertThat(feed.select("entry link").eachAttr("href"))
			.contains("http://localhost:" + this.port + path("article", this.seeds.maiArticle()));
		assertThat(feed.select("entry").first().selectFirst("updated").text()).isEqualTo("2024-09-05T12:00:00+07:00");
		assertThat(feed.select("entry title").eachText()).contains(SeedFixture.MAI_TITLE);
	}

	@Test
	void anUndatedArticleIsUpdatedWhenTheArchiveStoredItAndItsSummaryIsPlainText() {
		Article undated = this.archive.save(ArticleBuilder.article("Bài không rõ ngày đăng")
			.slug("bai-khong-ro-ngay")
			.lead("![]() Ban Tuyên giáo sơ kết [Kết luận 21](https://example.org/kl21) ![ảnh](a.jpg)")
			.build());
		String stored = this.jdbc
			.queryForObject("select to_char(created_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')"
					+ " from article where id = ?", String.class, undated.getId());
		Document feed = xml("/feed.atom", "application/atom+xml");
		assertThat(feed.select("updated").eachText()).noneMatch((text) -> text.startsWith("1970"));
		Element entry = feed.select("entry")
			.stream()
			.filter((e) -> e.selectFirst("title").text().equals("Bài không rõ ngày đăng"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.selectFirst("updated").text()).startsWith(stored + "T");
		assertThat(entry.selectFirst("summary").text()).isEqualTo("Ban Tuyên giáo sơ kết Kết luận 21");
		assertThat(feed.select("summary").eachText()).noneMatch((text) -> text.contains("]("));
	}

	@Test
	void robotsTxtAllowsEverythingAndPointsAtTheSitemap() {
		HttpResponse<String> robots = this.client.get("/robots.txt");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(robots.body().lines()).contains("User-agent: *", "Allow: /",
				"Sitemap: http://localhost:" + this.port + "/sitemap.xml");
	}

	@Test
	void sitemapHoldsEveryPublicPageByItsCanonicalAddress() {
		Document index = xml("/sitemap.xml", "application/xml");
		String base = "http://localhost:" + this.port;
		assertThat(index.selectFirst("sitemapindex").attr("xmlns"))
			.isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		Document sitemap = new Document("");
		for (String file : index.select("sitemap loc").eachText()) {
			assertThat(file).startsWith(base + "/sitemap/");
			sitemap.appendChildren(xml(file.substring(base.length()), "application/xml").select("url"));
		}
		assertThat(sitemap.select("url loc").eachText()).contains(base + "/", base + "/bai-viet",
				base + path("article", this.seeds.maiArticle()), base + path("person", this.seeds.son()),
				base + path("resolution", this.seeds.nq26TermX()), base + path("meeting", this.seeds.inspection1150()));
		assertThat(sitemap.select("url")).hasSize(5 + 5 + 5 + 5 + 5);
	}

	@Test
	void openSearchDescriptionPointsAtTheSearchPage() {
		Document description = xml("/opensearch.xml", "application/opensearchdescription+xml");
		assertThat(description.selectFirst("Url").attr("template"))
			.isEqualTo("http://localhost:" + this.port + "/search?q={searchTerms}");
		assertThat(description.selectFirst("ShortName").text()).isNotBlank();
	}

}
