package vn.newsarchive.admin.article;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AdminTest
class ArticleAdmin_DeleteTests {

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
	void deletingAsksFirst() throws Exception {
		Article article = ArticleBuilder.article("Bài sẽ xóa").saveIn(this.articles);
		this.mvc.perform(Editor.get("/admin/articles/{id}/delete", article.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xóa hẳn bài viết “Bài sẽ xóa”")));
		assertThat(this.articles.count()).isOne();
	}

	@Test
	void deletingRemovesTheArticleWithItsMentionsAndMeetingsButKeepsPositions() throws Exception {
		Article article = ArticleBuilder.article("Bài sẽ xóa").saveIn(this.articles);
		long id = article.getId();
		this.jdbc.update("insert into person (id, name, name_key, slug) values (1, 'Trương Thị Mai', 'x', 'x')");
		this.jdbc.update("insert into article_person (article_id, person_id) values (?, 1)", id);
		this.jdbc.update("insert into position_held (person_id, title, article_id) values (1, 'Trưởng ban', ?)", id);
		this.jdbc.update("insert into meeting (id, article_id, slug) values (1, ?, 'm')", id);
		this.jdbc.update("insert into meeting_participant (meeting_id, person_id, role) values (1, 1, 'CHAIR')");
		this.mvc.perform(Editor.post("/admin/articles/{id}/delete", id).param("version", "0"))
			.andExpect(redirectedUrl("/admin/articles"))
			.andExpect(flash().attribute("flashMessage", "admin.article.deleted"));
		assertThat(this.articles.count()).isZero();
		assertThat(count("meeting")).isZero();
		assertThat(count("article_person")).isZero();
		assertThat(count("person")).isOne();
		assertThat(this.jdbc.queryForObject("select article_id from position_held", Long.class)).isNull();
	}

	@Test
	void deletingAnArticleSomeoneJustChangedIsRefused() throws Exception {
		Article article = ArticleBuilder.article("Bài sẽ xóa").saveIn(this.articles);
		article.setTitle("Vừa được sửa");
		this.articles.saveAndFlush(article);
		this.mvc.perform(Editor.post("/admin/articles/{id}/delete", article.getId()).param("version", "0"))
			.andExpect(redirectedUrl("/admin/articles/" + article.getId() + "/delete"))
			.andExpect(flash().attribute("flashMessage", "admin.conflict.delete"));
		assertThat(this.articles.count()).isOne();
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
