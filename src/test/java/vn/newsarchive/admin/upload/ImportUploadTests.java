package vn.newsarchive.admin.upload;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.FakeExtractor;
import vn.newsarchive.admin.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploading files at /admin/import: one outcome per file, shown after the redirect. */
@AdminTest
class ImportUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyArchive() {
		EmptyArchive.reset(this.jdbc);
	}

	private static MockMultipartFile file(String name) {
		return new MockMultipartFile("files", name, "text/plain", "nội dung".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aGoodFileADuplicateAndABadFileGetThreeOutcomes() throws Exception {
		FakeExtractor.register("hoi-nghi.txt", "hash-1", "Hội nghị kiểm điểm tập thể");
		FakeExtractor.register("hoi-nghi-ban-sao.txt", "hash-1", "Hội nghị kiểm điểm tập thể");
		MvcResult upload = this.mvc
			.perform(multipart("/admin/import").file(file("hoi-nghi.txt"))
				.file(file("hoi-nghi-ban-sao.txt"))
				.file(file("anh.jpg"))
				.with(user("editor").roles("EDITOR"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/import"))
			.andExpect(flash().attributeExists(ImportAdminController.REPORT))
			.andReturn();
		long articleId = this.jdbc.queryForObject("select id from article", Long.class);

		HtmlPage page = HtmlPage.of(this.mvc.perform(Editor.get("/admin/import").flashAttrs(upload.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.text()).contains("Đã nhập 1 bài, 1 bài đã có sẵn, 1 tệp lỗi.");
		var rows = page.document().select("table.import-results tbody tr");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).text()).contains("hoi-nghi.txt", "Đã nhập", "Hội nghị kiểm điểm tập thể");
		assertThat(links(rows.get(0))).contains("/bai-viet/" + articleId + "-hoi-nghi-kiem-diem-tap-the",
				"/admin/articles/" + articleId + "/edit");
		assertThat(rows.get(1).text()).contains("hoi-nghi-ban-sao.txt", "Đã có trong kho");
		assertThat(links(rows.get(1))).contains("/admin/articles/" + articleId + "/edit");
		assertThat(rows.get(2).text()).contains("anh.jpg", "Lỗi", "Không tìm thấy văn bản tiếng Việt.");
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isOne();
	}

	@Test
	void refusalsAreGivenInTheReadersLanguage() throws Exception {
		MvcResult upload = this.mvc
			.perform(multipart("/admin/import").file(file("anh.jpg"))
				.file(new MockMultipartFile("files", "rong.txt", "text/plain", new byte[0]))
				.with(user("editor").roles("EDITOR"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/import"))
			.andReturn();

		String vietnamese = HtmlPage
			.of(this.mvc.perform(Editor.get("/admin/import").flashAttrs(upload.getFlashMap())).andReturn())
			.document()
			.select("table.import-results")
			.text();
		String english = HtmlPage
			.of(this.mvc.perform(Editor.get("/admin/import").flashAttrs(upload.getFlashMap()).param("lang", "en"))
				.andReturn())
			.document()
			.select("table.import-results")
			.text();
		assertThat(vietnamese).contains("Không tìm thấy văn bản tiếng Việt.", "Tệp rỗng (không có nội dung).")
			.doesNotContain("empty file");
		assertThat(english).contains("No Vietnamese text found.", "Empty file (no content).");
	}

	@Test
	void submittingWithoutAFileSaysSo() throws Exception {
		this.mvc
			.perform(multipart("/admin/import")
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.with(user("editor").roles("EDITOR"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/import"))
			.andExpect(flash().attribute("flashMessage", "admin.import.none"));
	}

	private static java.util.List<String> links(Element row) {
		return row.select("a").eachAttr("href");
	}

}
