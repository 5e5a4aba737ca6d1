package vn.newsarchive.history;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.testdata.ArchiveWriter;
import vn.newsarchive.testdata.ArticleBuilder;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article's history: its revisions listed, two compared field by field, an earlier one
 * restored (texts and links), with the edit form's optimistic locking.
 */
@AdminTest
class HistoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RevisionLog log;

	TestArchive archive;

	long articleId;

	@BeforeEach
	void anImportedArticleWithAPersonAndADocument() {
		EmptyArchive.reset(this.jdbc);
		this.archive = new TestArchive(this.entityManager, this.transactions, this.jdbc);
		this.articleId = this.archive.inTransaction((em) -> {
			ArchiveWriter writer = new ArchiveWriter(em);
			Article article = writer
				.article(ArticleBuilder.article("Bài gốc").paragraphs("Đoạn một.", "Đoạn hai.").source("TGVN"));
			writer.mention(article, writer.person("Bùi Thanh Sơn"), "Bộ trưởng Bộ Ngoại giao", 0);
			writer.cite(article, writer.resolution("Nghị quyết", "NQ", "26", "TW", "XII", null, null));
			return article.getId();
		});
	}

	@Test
	void theHistoryListsRevisionsAndComparesTwoFieldByField() throws Exception {
		editTitleAndSecondParagraph();
		List<RevisionSummary> revisions = revisions();
		HtmlPage history = page("/admin/articles/" + this.articleId + "/history");
		assertThat(history.document().select("tr[data-revision] td.author").eachText()).containsExactly("editor",
				"importer");
		assertThat(history.document().select("tr[data-revision] td.action").eachText()).containsExactly("Sửa",
				"Tạo mới");

		HtmlPage compare = page("/admin/articles/" + this.articleId + "/history/compare?from=" + revisions.get(1).id()
				+ "&to=" + revisions.get(0).id());
		assertThat(compare.document().select("tr[data-field]").eachAttr("data-field")).containsExactly("title",
				"paragraphs");
		assertThat(compare.document().select("tr[data-field=title] th").text()).isEqualTo("Tiêu đề");
		assertThat(compare.document().select("tr[data-field=paragraphs] del").eachText()).containsExactly("Đoạn hai.");
		assertThat(compare.document().select("tr[data-field=paragraphs] ins").eachText())
			.containsExactly("Đoạn hai đã sửa.");
		assertThat(compare.document().select("tr[data-field=paragraphs] .diff-same").eachText())
			.containsExactly("Đoạn một.");
	}

	@Test
	void restoringBringsBackTheTextsAndLinksAsANewRevision() throws Exception {
		long first = revisions().get(0).id();
		editTitleAndSecondParagraph();
		this.archive.inTransaction((em) -> {
			Article article = em.find(Article.class, this.articleId);
			article.getResolutions().clear();
			em.createQuery("select m from ArticlePerson m where m.article = :a", ArticlePerson.class)
				.setParameter("a", article)
				.getResultList()
				.forEach(em::remove);
			return null;
		});
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, this.articleId);

		this.mvc
			.perform(Editor.post("/admin/articles/{id}/history/{revision}/restore", this.articleId, first)
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/articles/" + this.articleId + "/history"))
			.andExpect(flash().attribute("flashMessage", "history.restored"));

		assertThat(this.jdbc.queryForObject("select title || '|' || body || '|' || slug from article where id = ?",
				String.class, this.articleId))
			.isEqualTo("Bài gốc|Đoạn một.\n\nĐoạn hai.|bai-goc");
		assertThat(this.jdbc.queryForList(
				"select p.name || ': ' || m.titles from article_person m" + " join person p on p.id = m.person_id",
				String.class))
			.containsExactly("Bùi Thanh Sơn: Bộ trưởng Bộ Ngoại giao");
		assertThat(this.jdbc.queryForList(
				"select r.code from article_resolution ar" + " join resolution r on r.id = ar.resolution_id",
				String.class))
			.containsExactly("26-NQ/TW");
		RevisionSummary restore = revisions().get(0);
		assertThat(restore.action()).isEqualTo(RevisionAction.RESTORE);
		assertThat(restore.author()).isEqualTo("editor");
		assertThat(restore.detail()).isEqualTo(String.valueOf(first));
		assertThat(this.log.find(restore.id()).orElseThrow().snapshot())
			.isEqualTo(this.log.find(first).orElseThrow().snapshot());
	}

	@Test
	void restoringOverANewerVersionIsRefusedAndChangesNothing() throws Exception {
		long first = revisions().get(0).id();
		editTitleAndSecondParagraph();
		this.mvc
			.perform(Editor.post("/admin/articles/{id}/history/{revision}/restore", this.articleId, first)
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/articles/" + this.articleId + "/history"))
			.andExpect(flash().attribute("flashMessage", "admin.conflict"));
		assertThat(this.jdbc.queryForObject("select title from article where id = ?", String.class, this.articleId))
			.isEqualTo("Bài đã sửa");
		assertThat(revisions()).hasSize(2);
	}

	@Test
	void aDocumentsHistoryListsAndComparesItsRevisions() throws Exception {
		long id = this.jdbc.queryForObject("select id from resolution", Long.class);
		this.mvc
			.perform(Editor.post("/admin/resolutions/{id}/edit", id)
				.param("kind", "Nghị quyết")
				.param("typeCode", "NQ")
				.param("number", "26")
				.param("issuer", "TW")
				.param("code", "26-NQ/TW")
				.param("term", "XII")
				.param("title", "Về tập trung xây dựng đội ngũ cán bộ các cấp")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		HtmlPage history = page("/admin/resolutions/" + id + "/history");
		assertThat(history.document().select("tr[data-revision] td.author").eachText()).containsExactly("editor",
				"importer");
		assertThat(history.document().select("button.restore")).as("only articles are restored").isEmpty();
		String latest = history.document().select("tr[data-revision]").first().attr("data-revision");
		HtmlPage compare = page("/admin/resolutions/" + id + "/history/compare?to=" + latest);
		assertThat(compare.document().select("tr[data-field]").eachAttr("data-field")).containsExactly("title");
		assertThat(compare.document().select("tr[data-field=title] ins").text())
			.isEqualTo("Về tập trung xây dựng đội ngũ cán bộ các cấp");
	}

	private void editTitleAndSecondParagraph() throws Exception {
		this.mvc
			.perform(Editor.post("/admin/articles/{id}/edit", this.articleId)
				.param("title", "Bài đã sửa")
				.param("body", "Đoạn một.\n\nĐoạn hai đã sửa.")
				.param("source", "TGVN")
				.param("version", String.valueOf(this.jdbc.queryForObject("select version from article where id = ?",
						Long.class, this.articleId))))
			.andExpect(status().is3xxRedirection());
	}

	private List<RevisionSummary> revisions() {
		return this.log.history(RecordKind.ARTICLE, this.articleId, PageRequest.of(0, 20)).getContent();
	}

	private HtmlPage page(String url) throws Exception {
		return HtmlPage.of(this.mvc.perform(Editor.get(url)).andExpect(status().isOk()).andReturn());
	}

}
