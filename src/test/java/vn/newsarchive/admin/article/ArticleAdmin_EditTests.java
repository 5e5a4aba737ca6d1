package vn.newsarchive.admin.article;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@AdminTest
class ArticleAdmin_EditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@BeforeEach
	void emptyArchive() {
		EmptyArchive.reset(this.jdbc);
	}

	@Test
	void theEditFormShowsTheStoredArticleWithItsVersion() throws Exception {
		Article article = ArticleBuilder.article("Bài gốc").body("Nội dung gốc.").saveIn(this.articles);
		HtmlPage page = HtmlPage.of(this.mvc.perform(Editor.get("/admin/articles/{id}/edit", article.getId()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.field("title")).isEqualTo("Bài gốc");
		assertThat(page.field("version")).isEqualTo("0");
		assertThat(page.field("published.date")).isEqualTo("06/11/2019");
		assertThat(page.field("published.time")).isEqualTo("19:27");
		assertThat(page.field("published.precision")).isEqualTo("MINUTE");
		assertThat(page.field("authors")).isEqualTo("Văn Anh");
		for (var control : page.document().select("input:not([type=hidden]), select, textarea")) {
			assertThat(page.document().getElementsByAttributeValue("for", control.id())).as(control.attr("name"))
				.isNotEmpty();
		}
	}

	@Test
	void savingRecomputesHashAndSlugAndRedirectsWithAMessage() throws Exception {
		Article article = ArticleBuilder.article("Bài gốc").body("Nội dung gốc.").saveIn(this.articles);
		this.mvc
			.perform(Editor.post("/admin/articles/{id}/edit", article.getId())
				.param("title", "Bài đã sửa")
				.param("body", "Nội dung đã sửa.")
				.param("published.date", "2019")
				.param("published.inferred", "true")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/articles/" + article.getId() + "/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.article.saved"));
		Article saved = this.articles.findById(article.getId()).orElseThrow();
		assertThat(saved.getTitle()).isEqualTo("Bài đã sửa");
		assertThat(saved.getSlug()).isEqualTo("bai-da-sua");
		assertThat(saved.getContentHash()).isEqualTo(ContentHash.of("Bài đã sửa", List.of("Nội dung đã sửa.")))
			.isNotEqualTo(article.getContentHash());
		assertThat(saved.getPublishedPrecision()).hasToString("YEAR");
		assertThat(saved.isPublishedInferred()).isTrue();
		assertThat(saved.getVersion()).isEqualTo(1);
	}

	@Test
	void savingOverSomeoneElsesNewerVersionIsRefusedAndKeepsTheInput() throws Exception {
		Article article = ArticleBuilder.article("Bài gốc").body("Nội dung gốc.").saveIn(this.articles);
		article.setTitle("Sửa của người khác");
		this.articles.saveAndFlush(article);
		MvcResult result = this.mvc
			.perform(Editor.post("/admin/articles/{id}/edit", article.getId())
				.param("title", "Sửa của tôi")
				.param("body", "Đoạn tôi viết.")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleFormAdminController.FORM_VIEW))
			.andReturn();
		HtmlPage page = HtmlPage.of(result);
		assertThat(page.text()).contains("Người khác đã lưu bản ghi này trong lúc bạn đang sửa")
			.contains("Tải lại bản ghi mới nhất");
		assertThat(page.field("title")).isEqualTo("Sửa của tôi");
		assertThat(page.field("body")).isEqualTo("Đoạn tôi viết.");
		assertThat(this.articles.findById(article.getId()).orElseThrow().getTitle()).isEqualTo("Sửa của người khác");
	}

	@Test
	void editingIntoAnotherArticlesTextIsRefused() throws Exception {
		Article first = ArticleBuilder.article("Bài một").body("Nội dung một.").saveIn(this.articles);
		Article second = ArticleBuilder.article("Bài hai").body("Nội dung hai.").saveIn(this.articles);
		MvcResult result = this.mvc
			.perform(Editor.post("/admin/articles/{id}/edit", second.getId())
				.param("title", "Bài một")
				.param("body", "Nội dung một.")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(HtmlPage.of(result).document().select("a[href=/admin/articles/" + first.getId() + "/edit]"))
			.isNotEmpty();
		assertThat(this.articles.findById(second.getId()).orElseThrow().getTitle()).isEqualTo("Bài hai");
	}

	@Test
	void anUnknownArticleIsNotFound() throws Exception {
		this.mvc.perform(Editor.get("/admin/articles/999/edit")).andExpect(status().isNotFound());
	}

}
