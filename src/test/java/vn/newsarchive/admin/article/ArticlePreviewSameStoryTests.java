package vn.newsarchive.admin.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The preview of another site's copy of a stored story says which story it would join,
 * before anything is saved; saved, it joins it (issue 18.1).
 */
@RealPipelineAdminTest
class ArticlePreviewSameStoryTests {

	static final Path SEED = Path.of("seeds/001_6353a3c6be2fbff5.txt");

	static final Path COPY = Path.of("src/test/resources/samestory/001-baoquocte-excerpt.txt");

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

	@Test
	void theCopysPreviewNamesTheStoredStoryAndSavedItJoinsIt() throws Exception {
		ImportOutcome seed = this.importService.importFile(SEED);
		MvcResult result = this.mvc
			.perform(
					Editor.post("/admin/articles/preview").param("raw", Files.readString(COPY, StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticlePreviewAdminController.PREVIEW_VIEW))
			.andReturn();
		HtmlPage page = HtmlPage.of(result);
		assertThat(page.document().select("#same-story").text())
			.contains("Bài này có vẻ là bản khác của một bài đã lưu");
		assertThat(page.document().select("#same-story a").attr("href")).startsWith("/bai-viet/" + seed.articleId());
		assertThat(page.document().select("#duplicate")).isEmpty();
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void anArticleOfAnotherStoryGetsNoSuchNote() throws Exception {
		this.importService.importFile(SEED);
		MvcResult result = this.mvc
			.perform(Editor.post("/admin/articles/preview").param("raw", ArticlePreviewTests.seed()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(HtmlPage.of(result).document().select("#same-story")).isEmpty();
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from article", Integer.class);
	}

}
