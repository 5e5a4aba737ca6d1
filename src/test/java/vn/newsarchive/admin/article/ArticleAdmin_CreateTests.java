package vn.newsarchive.admin.article;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.kernel.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@AdminTest
class ArticleAdmin_CreateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void emptyArchive() {
		EmptyArchive.reset(this.jdbc);
	}

	@Test
	void aNewArticleIsStoredWithHashSlugAndParagraphs() throws Exception {
		MvcResult result = this.mvc
			.perform(Editor.post("/admin/articles/new")
				.param("title", "Trưởng ban Dân vận Trung ương làm việc tại Bộ Ngoại giao")
				.param("lead", "Sapo ngắn.")
				.param("body", "Đoạn một.\r\n\r\nĐoạn hai,\r\nvẫn đoạn hai.\n\n\n")
				.param("source", "TGVN")
				.param("authors", "Văn Anh\nMinh Ngọc\n\nVăn Anh")
				.param("published.date", "06/11/2019")
				.param("published.time", "19:27")
				.param("captions", "Quang cảnh buổi làm việc | Tuấn Anh\nẢnh không có người chụp")
				.param("relatedTitles", "Tin khác"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/articles/*/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.article.created"))
			.andReturn();
		Article article = this.transaction.execute((status) -> {
			Article stored = this.articles.findAll().get(0);
			stored.getAuthors().size();
			stored.getCaptions().size();
			return stored;
		});
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + article.getId() + "/edit");
		assertThat(article.getSlug()).isEqualTo("truong-ban-dan-van-trung-uong-lam-viec-tai-bo-ngoai-giao");
		assertThat(article.getContentHash()).hasSize(64);
		assertThat(article.getParagraphs()).containsExactly("Đoạn một.", "Đoạn hai, vẫn đoạn hai.");
		assertThat(article.getAuthors()).containsExactly("Văn Anh", "Minh Ngọc");
		assertThat(article.getPublishedAt()).isEqualTo(LocalDateTime.of(2019, 11, 6, 19, 27));
		assertThat(article.getPublishedPrecision()).isEqualTo(DatePrecision.MINUTE);
		assertThat(article.getCaptions()).extracting("text", "credit")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Quang cảnh buổi làm việc", "Tuấn Anh"),
					org.assertj.core.groups.Tuple.tuple("Ảnh không có người chụp", null));
	}

	@Test
	void theEditFormShowsTheFlashAfterTheRedirect() throws Exception {
		MvcResult created = this.mvc
			.perform(Editor.post("/admin/articles/new").param("title", "Bài mới").param("body", "Nội dung."))
			.andReturn();
		this.mvc.perform(Editor.get(created.getResponse().getRedirectedUrl()).flashAttrs(created.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã thêm bài viết “Bài mới”.")));
	}

	@Test
	void missingTitleAndBadDateReShowTheFormWithTheInputKept() throws Exception {
		MvcResult result = this.mvc
			.perform(Editor.post("/admin/articles/new")
				.param("title", " ")
				.param("body", "Nội dung tôi đã gõ rất lâu.")
				.param("published.date", "31/02/2019")
				.param("published.time", "25:99"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleFormAdminController.FORM_VIEW))
			.andExpect(model().attributeHasFieldErrors("form", "title", "published.date"))
			.andExpect(content().string(containsString("Bài viết cần có tiêu đề.")))
			.andExpect(content().string(containsString("Ngày này không có trong lịch.")))
			.andReturn();
		HtmlPage page = HtmlPage.of(result);
		assertThat(page.field("body")).isEqualTo("Nội dung tôi đã gõ rất lâu.");
		assertThat(page.field("published.date")).isEqualTo("31/02/2019");
		assertThat(page.field("published.time")).isEqualTo("25:99");
		assertThat(this.articles.count()).isZero();
	}

	@Test
	void aTitleTooLongAndAPrecisionFinerThanTheDateAreExplained() throws Exception {
		this.mvc
			.perform(Editor.post("/admin/articles/new")
				.param("title", "T".repeat(501))
				.param("body", "Nội dung.")
				.param("published.date", "11/2019")
				.param("published.precision", "DAY"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "published.precision"))
			.andExpect(content().string(containsString("không được dài quá 500 ký tự")))
			.andExpect(content().string(containsString("không đủ chi tiết cho độ chính xác này")));
	}

	@Test
	void theSameTitleAndBodyAgainIsRefusedWithALinkToTheExistingArticle() throws Exception {
		Article existing = ArticleBuilder.article("Hội nghị kiểm điểm")
			.body("Nội dung hội nghị.")
			.saveIn(this.articles);
		MvcResult result = this.mvc
			.perform(Editor.post("/admin/articles/new")
				.param("title", "Hội nghị kiểm điểm")
				.param("body", "\n  Nội dung hội nghị.  \n")
				.param("source", "Nguồn khác"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleFormAdminController.FORM_VIEW))
			.andExpect(
					content().string(containsString("Kho lưu trữ đã có một bài viết với đúng tiêu đề và nội dung này")))
			.andExpect(content().string(containsString("/admin/articles/" + existing.getId() + "/edit")))
			.andReturn();
		assertThat(HtmlPage.of(result).field("source")).isEqualTo("Nguồn khác");
		assertThat(this.articles.count()).isOne();
	}

	@Test
	void englishEditorsGetEnglishMessages() throws Exception {
		this.mvc.perform(Editor.post("/admin/articles/new").param("lang", "en").param("title", "").param("body", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An article needs a title.")));
	}

}
