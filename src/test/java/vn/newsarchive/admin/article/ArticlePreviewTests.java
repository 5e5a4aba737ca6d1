package vn.newsarchive.admin.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Pasting raw text: what the preview shows, and refusals that keep what was typed. */
@RealPipelineAdminTest
class ArticlePreviewTests {

	static final Path SEED = Path.of("seeds/000_c2fa52de5c97c5b3.txt");

	static final String SEED_TITLE = "Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao";

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

	static String seed() throws IOException {
		return Files.readString(SEED, StandardCharsets.UTF_8);
	}

	HtmlPage preview(String raw) throws Exception {
		MvcResult result = this.mvc.perform(Editor.post("/admin/articles/preview").param("raw", raw))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticlePreviewAdminController.PREVIEW_VIEW))
			.andReturn();
		return HtmlPage.of(result);
	}

	@Test
	void theNewArticlePageOffersPastingAndTheManualForm() throws Exception {
		HtmlPage page = HtmlPage.of(this.mvc.perform(Editor.get("/admin/articles/new")).andReturn());
		assertThat(page.document().select("form[action$=/admin/articles/preview] textarea[name=raw]")).hasSize(1);
		assertThat(page.document().select("input[type=file][name=file]")).hasSize(1);
		assertThat(page.document().select("a#enter-manually").attr("href")).isEqualTo("/admin/articles/new/manual");
		HtmlPage manual = HtmlPage.of(this.mvc.perform(Editor.get("/admin/articles/new/manual")).andReturn());
		assertThat(manual.field("title")).isEmpty();
		assertThat(manual.document().select("form[action$=/admin/articles/new]")).hasSize(1);
	}

	@Test
	void aSeedShowsItsTitleDatePersonsDocumentsMeetingAndDroppedLines() throws Exception {
		HtmlPage page = preview(seed());
		assertThat(page.field("article.title")).isEqualTo(SEED_TITLE);
		assertThat(page.field("article.published.date")).isEqualTo("06/11/2019");
		assertThat(page.field("article.published.time")).isEqualTo("19:27");
		assertThat(page.field("article.published.precision")).isEqualTo("MINUTE");
		assertThat(page.field("article.source")).isEqualTo("TGVN");
		assertThat(page.field("article.body")).contains("Đoàn Kiểm tra số 1150").doesNotContain("TIN LIÊN QUAN");
		assertThat(page.field("persons[0].name")).isEqualTo("Trương Thị Mai");
		assertThat(page.field("persons[0].titles")).contains("Ủy viên Bộ Chính trị");
		assertThat(page.field("persons[1].name")).isEqualTo("Phạm Bình Minh");
		assertThat(page.document().select("#preview-persons .badge").eachText()).containsOnly("Mới");
		assertThat(page.document().select("#preview-documents td:first-child").text()).contains("26-NQ/TW", "18-NQ/TW");
		assertThat(page.document().select("#preview-documents td:nth-child(2)").eachText()).containsOnly("XII");
		assertThat(page.field("meetings[0].kind")).isEqualTo("buổi làm việc");
		assertThat(page.document().select("#preview-dropped li").eachText()).contains("TIN LIÊN QUAN");
		assertThat(page.field("raw")).isEqualTo(seed().replace("\r\n", "\n"));
		assertThat(page.document().select("#duplicate")).isEmpty();
	}

	@Test
	void personsAndDocumentsTheArchiveHasAreMarkedAndLinkedButNothingIsCreated() throws Exception {
		String sameStoryOtherWording = seed().replaceFirst("Tham dự buổi làm việc có", "Cùng tham dự buổi làm việc có");
		this.importService.importContent("other.txt", sameStoryOtherWording.getBytes(StandardCharsets.UTF_8));
		int persons = count("person");
		int documents = count("resolution");
		HtmlPage page = preview(seed());
		assertThat(count("person")).isEqualTo(persons);
		assertThat(count("resolution")).isEqualTo(documents);
		assertThat(count("article")).isEqualTo(1);
		List<Element> existingPersons = page.document().select("#preview-persons a.badge");
		assertThat(existingPersons).hasSize(2);
		long mai = this.jdbc.queryForObject("select id from person where name = 'Trương Thị Mai'", Long.class);
		assertThat(existingPersons.get(0).attr("href")).startsWith("/nhan-vat/" + mai + "-");
		assertThat(page.document().select("#preview-documents a.badge")).hasSize(2);
		assertThat(page.document().select("#duplicate")).isEmpty();
	}

	@Test
	void anArticleTheArchiveHoldsIsShownAsADuplicateWithALink() throws Exception {
		ImportOutcome imported = this.importService.importContent("seed.txt", Files.readAllBytes(SEED));
		HtmlPage page = preview(seed());
		assertThat(page.document().select("#duplicate a").first().attr("href"))
			.isEqualTo("/admin/articles/" + imported.articleId() + "/edit");
		assertThat(page.document().select("#duplicate").text()).contains(SEED_TITLE);
	}

	@Test
	void textThatIsNotVietnameseGetsAMessageInVietnameseAndKeepsTheText() throws Exception {
		String junk = "Breaking news: the quarterly report was published today, with no surprises at all.";
		MvcResult result = this.mvc.perform(Editor.post("/admin/articles/preview").param("raw", junk))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticlePreviewAdminController.PASTE_VIEW))
			.andReturn();
		HtmlPage page = HtmlPage.of(result);
		assertThat(page.text()).contains("Không tìm thấy văn bản tiếng Việt");
		assertThat(page.field("raw")).isEqualTo(junk);
	}

	@Test
	void nothingPastedAndABinaryUploadAreExplained() throws Exception {
		HtmlPage empty = HtmlPage.of(this.mvc.perform(Editor.post("/admin/articles/preview").param("raw", "  "))
			.andExpect(view().name(ArticlePreviewAdminController.PASTE_VIEW))
			.andReturn());
		assertThat(empty.text()).contains("Chưa có nội dung");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0 };
		HtmlPage binary = HtmlPage.of(
				this.mvc
					.perform(multipart("/admin/articles/preview")
						.file(new MockMultipartFile("file", "anh.png", "image/png", png))
						.param("raw", "")
						.with(user("editor").roles("EDITOR"))
						.with(csrf()))
					.andExpect(view().name(ArticlePreviewAdminController.PASTE_VIEW))
					.andReturn());
		assertThat(binary.text()).contains("không phải văn bản");
	}

	@Test
	void anUploadedHtmlFileIsPreviewed() throws Exception {
		String html = "<html><head><meta charset=\"utf-8\"><title>x</title></head><body><h1>" + SEED_TITLE
				+ "</h1><p>Chiều 6/11, tại Trụ sở Bộ Ngoại giao, đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị,"
				+ " Trưởng ban Dân vận Trung ương làm việc với Ban Cán sự Đảng Bộ Ngoại giao.</p>"
				+ "<p>Đoàn ghi nhận những kết quả Bộ Ngoại giao đạt được trong công tác dân vận.</p></body></html>";
		HtmlPage page = HtmlPage.of(
				this.mvc
					.perform(multipart("/admin/articles/preview")
						.file(new MockMultipartFile("file", "bai.html", "text/html",
								html.getBytes(StandardCharsets.UTF_8)))
						.with(user("editor").roles("EDITOR"))
						.with(csrf()))
					.andExpect(view().name(ArticlePreviewAdminController.PREVIEW_VIEW))
					.andReturn());
		assertThat(page.field("article.title")).isEqualTo(SEED_TITLE);
		assertThat(page.field("fileName")).isEqualTo("bai.html");
		assertThat(page.field("persons[0].name")).isEqualTo("Trương Thị Mai");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
