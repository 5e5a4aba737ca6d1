package vn.newsarchive.article;

import java.net.http.HttpResponse;

import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.testdata.PageClient;
import vn.newsarchive.testdata.SeedFixture;
import vn.newsarchive.testdata.SeedFixture.Seeds;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article page: facts at their precision, linked people and documents, safe text,
 * permalinks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ArticlePageTest {

	@LocalServerPort
	int port;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	PageClient client;

	Seeds seeds;

	@BeforeEach
	void seed() {
		TestArchive archive = new TestArchive(this.entityManager, this.transactions, this.jdbc);
		archive.reset();
		this.seeds = SeedFixture.load(archive);
		this.client = new PageClient(this.port);
	}

	private String url(Long id) {
		return this.jdbc.queryForObject("select '/bai-viet/' || id || '-' || slug from article where id = ?",
				String.class, id);
	}

	@Test
	void showsTheFactsOfTheArticleAtTheirPrecision() {
		Document page = this.client.page(url(this.seeds.maiArticle()));
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo(SeedFixture.MAI_TITLE);
		assertThat(page.selectFirst("time").text()).isEqualTo("06/11/2019 19:27");
		assertThat(page.selectFirst("time").attr("datetime")).isEqualTo("2019-11-06T19:27");
		assertThat(page.select(".facts dd").eachText()).contains("TGVN");
		assertThat(page.selectFirst(".lead").text()).startsWith("Đoàn kiểm tra số 1150");
		assertThat(page.select("figure.caption").text()).contains("phát biểu ý kiến").contains("(Ảnh: Tuấn Anh)");
	}

	@Test
	void marksAnInferredMonthAndShowsItAtMonthPrecision() {
		Document page = this.client.page(url(this.seeds.confidenceVoteArticle()));
		assertThat(page.selectFirst("header time").text()).isEqualTo("tháng 4/2019");
		assertThat(page.selectFirst("header .badge.inferred").text()).isEqualTo("suy đoán");
		Document english = this.client.page(url(this.seeds.confidenceVoteArticle()) + "?lang=en");
		assertThat(english.selectFirst("header time").text()).isEqualTo("April 2019");
	}

	@Test
	void linksPeopleAndDocumentsWhereTheBodyNamesThem() {
		Document page = this.client.page(url(this.seeds.maiArticle()));
		Element body = page.selectFirst(".article-body");
		assertThat(body.select("a[href^=/nhan-vat/" + this.seeds.mai() + "-]").eachText())
			.containsExactly("Trương Thị Mai");
		assertThat(body.select("a[href^=/nhan-vat/" + this.seeds.minh() + "-]").eachText())
			.containsExactly("Phạm Bình Minh");
		assertThat(body.select("a[href^=/van-kien/" + this.seeds.nq26() + "-]").eachText()).containsExactly("26-NQ/TW");
		assertThat(body.select("a[href^=/van-kien/]").eachText()).contains("18-NQ/TƯ");
		assertThat(page.select(".people li").eachText()).anySatisfy(
				(text) -> assertThat(text).contains("Trương Thị Mai").contains("Trưởng ban Dân vận Trung ương"));
		assertThat(page.select(".documents li").eachText()).anySatisfy(
				(text) -> assertThat(text).contains("26-NQ/TW").contains("khóa XII").contains("Tập trung xây dựng"));
		assertThat(page.select("aside a[href^=/su-kien/]").eachText()).hasSize(1);
	}

	@Test
	void escapesTheTextItLinks() {
		HttpResponse<String> response = this.client.get(url(this.seeds.maiArticle()));
		assertThat(response.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)");
	}

	@Test
	void linksRelatedTitlesTheArchiveHoldsAndShowsTheOthersPlain() {
		Document page = this.client.page(url(this.seeds.reviewArticle()));
		assertThat(page.select(".related a").eachAttr("href")).containsExactly(url(this.seeds.maiArticle()));
		assertThat(page.select(".related .not-archived").eachText())
			.containsExactly("Ban Cán sự Đảng Chính phủ họp kiểm điểm công tác năm 2018");
	}

	@Test
	void redirectsOldSlugsPermanentlyAndAnswersUnknownIdsWith404() {
		HttpResponse<String> moved = this.client.get("/bai-viet/" + this.seeds.maiArticle() + "-ten-cu");
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith(url(this.seeds.maiArticle()));
		assertThat(this.client.get("/bai-viet/" + this.seeds.maiArticle()).statusCode()).isEqualTo(301);
		HttpResponse<String> missing = this.client.get("/bai-viet/999999-khong-co");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Không tìm thấy trang");
	}

	@Test
	void usesAsciiSlugsWithDFolded() {
		assertThat(url(this.seeds.maiArticle())).isEqualTo("/bai-viet/" + this.seeds.maiArticle()
				+ "-truong-ban-dan-van-trung-uong-truong-thi-mai-lam-viec-tai-bo-ngoai-giao");
		assertThat(url(this.seeds.year2021Article())).contains("-dang-bo-bo-ngoai-giao-");
	}

}
