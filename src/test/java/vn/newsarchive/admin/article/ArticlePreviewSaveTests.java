package vn.newsarchive.admin.article;

import java.nio.file.Files;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Saving a preview: through the import service, so it stores what an import of the same
 * text stores, with the editor's corrections on top.
 */
@RealPipelineAdminTest
class ArticlePreviewSaveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportService importService;

	@BeforeEach
	void emptyArchive() {
		EmptyArchive.reset(this.jdbc);
	}

	FilledForm previewOfTheSeed() throws Exception {
		MvcResult result = this.mvc
			.perform(Editor.post("/admin/articles/preview").param("raw", ArticlePreviewTests.seed()))
			.andExpect(view().name(ArticlePreviewAdminController.PREVIEW_VIEW))
			.andReturn();
		return FilledForm.of(HtmlPage.of(result), "#preview-form");
	}

	long save(FilledForm form) throws Exception {
		MvcResult result = this.mvc.perform(form.set("action", "save").post("/admin/articles/preview/save"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/articles/*/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.article.created"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().split("/")[3]);
	}

	HtmlPage refused(FilledForm form, String action) throws Exception {
		return HtmlPage.of(this.mvc.perform(form.set("action", action).post("/admin/articles/preview/save"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticlePreviewAdminController.PREVIEW_VIEW))
			.andReturn());
	}

	@Test
	void anUntouchedPreviewSavedStoresExactlyWhatImportingTheSameTextStores() throws Exception {
		long saved = save(previewOfTheSeed());
		String fromPreview = StoredArticle.of(this.jdbc, saved);

		EmptyArchive.reset(this.jdbc);
		ImportOutcome imported = this.importService.importContent("seed.txt",
				Files.readAllBytes(ArticlePreviewTests.SEED));
		assertThat(imported.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
		String fromImport = StoredArticle.of(this.jdbc, imported.articleId());

		assertThat(fromPreview).contains("Trương Thị Mai", "Phạm Bình Minh", "26-NQ/TW", "18-NQ/TW", "buổi làm việc");
		assertThat(fromPreview).isEqualTo(fromImport);
	}

	@Test
	void aWrongPersonRemovedAndAMissingDocumentAddedAreStoredSo() throws Exception {
		FilledForm form = previewOfTheSeed().check("persons[1].removed")
			.set("addDocument", "Kết luận số 21-KL/TW")
			.set("article.title", "Đoàn Kiểm tra của Bộ Chính trị làm việc tại Bộ Ngoại giao");
		long id = save(form);
		assertThat(this.jdbc.queryForObject("select title from article where id = ?", String.class, id))
			.isEqualTo("Đoàn Kiểm tra của Bộ Chính trị làm việc tại Bộ Ngoại giao");
		assertThat(this.jdbc.queryForList(
				"select p.name from article_person m join person p on p.id = m.person_id" + " where m.article_id = ?",
				String.class, id))
			.containsExactly("Trương Thị Mai");
		assertThat(this.jdbc.queryForList("select name from person", String.class))
			.as("the removed person is no meeting participant either")
			.containsExactly("Trương Thị Mai");
		assertThat(this.jdbc.queryForList("select r.code from article_resolution ar join resolution r"
				+ " on r.id = ar.resolution_id where ar.article_id = ?", String.class, id))
			.containsExactlyInAnyOrder("26-NQ/TW", "18-NQ/TW", "21-KL/TW");
	}

	@Test
	void refreshingAddsTheTypedPersonAndDocumentToThePreview() throws Exception {
		HtmlPage page = refused(previewOfTheSeed().set("addPersonName", "Bùi Thanh Sơn")
			.set("addPersonTitles", "Thứ trưởng Thường trực Bộ Ngoại giao")
			.set("addDocument", "21-KL/TW"), "refresh");
		assertThat(page.field("persons[2].name")).isEqualTo("Bùi Thanh Sơn");
		assertThat(page.field("persons[2].titles")).isEqualTo("Thứ trưởng Thường trực Bộ Ngoại giao");
		assertThat(page.field("documents[2].code")).isEqualTo("21-KL/TW");
		assertThat(page.field("addPersonName")).isEmpty();
		assertThat(page.field("addDocument")).isEmpty();
		assertThat(count("article")).isZero();
	}

	@Test
	void aDocumentThatCannotBeReadIsExplainedAndStaysTyped() throws Exception {
		HtmlPage page = refused(previewOfTheSeed().set("addDocument", "văn bản hôm qua"), "save");
		assertThat(page.text()).contains("Không nhận ra văn kiện này");
		assertThat(page.field("addDocument")).isEqualTo("văn bản hôm qua");
		assertThat(count("article")).isZero();
	}

	@Test
	void aMistypedDateIsRefusedAndNothingTypedIsLost() throws Exception {
		HtmlPage page = refused(
				previewOfTheSeed().set("article.published.date", "31/02/2019").set("article.title", "Tiêu đề đã sửa"),
				"save");
		assertThat(page.document().select(".field-error")).isNotEmpty();
		assertThat(page.field("article.title")).isEqualTo("Tiêu đề đã sửa");
		assertThat(page.field("article.published.date")).isEqualTo("31/02/2019");
		assertThat(count("article")).isZero();
	}

	@Test
	void savingAnArticleTheArchiveHoldsShowsItAndStoresNothing() throws Exception {
		FilledForm form = previewOfTheSeed();
		ImportOutcome imported = this.importService.importContent("seed.txt",
				Files.readAllBytes(ArticlePreviewTests.SEED));
		HtmlPage page = refused(form, "save");
		assertThat(page.text()).contains("Kho lưu trữ đã có một bài viết với đúng tiêu đề và nội dung này");
		assertThat(page.document().select("a[href='/admin/articles/" + imported.articleId() + "/edit']")).isNotEmpty();
		assertThat(count("article")).isEqualTo(1);
		assertThat(page.field("article.title")).isEqualTo(ArticlePreviewTests.SEED_TITLE);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
