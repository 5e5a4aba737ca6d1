package vn.newsarchive.admin.resolution;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.resolution.ResolutionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Documents share codes across terms, never their whole identity. */
@AdminTest
class ResolutionAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResolutionRepository resolutions;

	Resolution cadres;

	@BeforeEach
	void oneDocument() {
		EmptyArchive.reset(this.jdbc);
		Resolution resolution = new Resolution("Nghị quyết", "NQ", "26", "TW", "26-NQ/TW");
		resolution.setTerm("XII");
		resolution.setIssuedOn(LocalDate.of(2018, 5, 19));
		resolution.setSlug("26-nq-tw-khoa-xii");
		this.cadres = this.resolutions.saveAndFlush(resolution);
	}

	private static MockHttpServletRequestBuilder document(String url, String term, String date) {
		return Editor.post(url)
			.param("kind", "Nghị quyết")
			.param("typeCode", "NQ")
			.param("number", "26")
			.param("issuer", "TW")
			.param("code", "26-NQ/TW")
			.param("term", term)
			.param("issuedOn", date);
	}

	@Test
	void aDocumentWithTheSameIdentityIsRefusedWithALinkToTheExistingOne() throws Exception {
		MvcResult result = this.mvc.perform(document("/admin/resolutions/new", "XII", "19/05/2018"))
			.andExpect(status().isOk())
			.andExpect(view().name(ResolutionAdminController.FORM_VIEW))
			.andReturn();
		HtmlPage page = HtmlPage.of(result);
		assertThat(page.text())
			.contains("Kho lưu trữ đã có văn kiện cùng loại, số, cơ quan ban hành, khóa và ngày này");
		assertThat(page.document().select("a[href=/admin/resolutions/" + this.cadres.getId() + "/edit]")).isNotEmpty();
		assertThat(page.field("term")).isEqualTo("XII");
		assertThat(this.resolutions.count()).isOne();
	}

	@Test
	void theSameCodeInAnotherTermIsAnotherDocument() throws Exception {
		this.mvc.perform(document("/admin/resolutions/new", "X", "05/08/2008"))
			.andExpect(redirectedUrlPattern("/admin/resolutions/*/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.resolution.created"));
		assertThat(this.resolutions.count()).isEqualTo(2);
	}

	@Test
	void editingADocumentIntoAnothersIdentityIsRefused() throws Exception {
		Resolution other = new Resolution("Nghị quyết", "NQ", "26", "TW", "26-NQ/TW");
		other.setTerm("X");
		other.setSlug("26-nq-tw-khoa-x");
		other = this.resolutions.saveAndFlush(other);
		this.mvc
			.perform(
					document("/admin/resolutions/" + other.getId() + "/edit", "XII", "19/5/2018").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name(ResolutionAdminController.FORM_VIEW));
		assertThat(this.resolutions.findById(other.getId()).orElseThrow().getTerm()).isEqualTo("X");
	}

	@Test
	void aMistypedDateIsExplainedAndKept() throws Exception {
		MvcResult result = this.mvc.perform(document("/admin/resolutions/new", "XIII", "19/13/2018"))
			.andExpect(status().isOk())
			.andReturn();
		HtmlPage page = HtmlPage.of(result);
		assertThat(page.text()).contains("Ngày ban hành phải có dạng ngày/tháng/năm");
		assertThat(page.field("issuedOn")).isEqualTo("19/13/2018");
	}

	@Test
	void savingOverANewerVersionIsRefused() throws Exception {
		this.cadres.setTitle("Tập trung xây dựng đội ngũ cán bộ các cấp");
		this.resolutions.saveAndFlush(this.cadres);
		MvcResult result = this.mvc
			.perform(document("/admin/resolutions/" + this.cadres.getId() + "/edit", "XII", "19/05/2018")
				.param("title", "Tiêu đề của tôi")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn();
		HtmlPage page = HtmlPage.of(result);
		assertThat(page.text()).contains("Người khác đã lưu bản ghi này");
		assertThat(page.field("title")).isEqualTo("Tiêu đề của tôi");
	}

	@Test
	void theListFindsADocumentByCode() throws Exception {
		HtmlPage page = HtmlPage.of(this.mvc.perform(Editor.get("/admin/resolutions").param("q", "26-nq"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.text()).contains("26-NQ/TW", "19/05/2018");
	}

}
