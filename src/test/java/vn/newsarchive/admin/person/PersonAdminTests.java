package vn.newsarchive.admin.person;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Correcting names and aliases, and a person's positions. */
@AdminTest
class PersonAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void twoPersons() {
		EmptyArchive.reset(this.jdbc);
		this.jdbc.update(
				"insert into person (id, name, name_key, slug) values (1, 'Trương Thi Mai', 'trương thi mai', 't')");
		this.jdbc.update(
				"insert into person (id, name, name_key, slug) values (2, 'Phạm Bình Minh', 'phạm bình minh', 'p')");
	}

	@Test
	void aCorrectedNameGetsANewKeyAndSlugAndTheAliasesAsTyped() throws Exception {
		this.mvc
			.perform(Editor.post("/admin/persons/1/edit")
				.param("name", "Trương Thị Mai")
				.param("aliases", "Trương Thi Mai\nTRƯƠNG THỊ MAI\nTrương Thị Mai")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/persons/1/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.person.saved"));
		assertThat(this.jdbc.queryForObject("select name || '|' || name_key || '|' || slug from person where id = 1",
				String.class))
			.isEqualTo("Trương Thị Mai|trương thị mai|truong-thi-mai");
		assertThat(this.jdbc.queryForList("select alias from person_alias order by alias", String.class))
			.containsExactly("TRƯƠNG THỊ MAI", "Trương Thi Mai");
	}

	@Test
	void renamingIntoAnotherPersonsNameIsRefusedWithAWayToMerge() throws Exception {
		MvcResult result = this.mvc
			.perform(Editor.post("/admin/persons/1/edit").param("name", "PHẠM  BÌNH MINH").param("version", "0"))
			.andExpect(status().isOk())
			.andReturn();
		HtmlPage page = HtmlPage.of(result);
		assertThat(page.text()).contains("Đã có một nhân vật khác mang đúng tên này");
		assertThat(page.document().select("a[href=/admin/persons/1/merge?q=2]")).isNotEmpty();
		assertThat(page.field("name")).isEqualTo("PHẠM  BÌNH MINH");
	}

	@Test
	void savingANameOverANewerVersionIsRefusedAndKeepsTheInput() throws Exception {
		this.jdbc.update("update person set version = 3 where id = 1");
		HtmlPage page = HtmlPage
			.of(this.mvc.perform(Editor.post("/admin/persons/1/edit").param("name", "Tên tôi gõ").param("version", "2"))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(page.text()).contains("Người khác đã lưu bản ghi này");
		assertThat(page.field("name")).isEqualTo("Tên tôi gõ");
	}

	@Test
	void aPositionIsAddedEditedAndDeleted() throws Exception {
		this.mvc
			.perform(Editor.post("/admin/persons/1/positions/new")
				.param("title", "Trưởng ban Dân vận Trung ương")
				.param("asOf.date", "11/2019")
				.param("asOf.inferred", "true"))
			.andExpect(redirectedUrl("/admin/persons/1/edit"));
		long id = this.jdbc.queryForObject("select id from position_held", Long.class);
		assertThat(this.jdbc.queryForObject(
				"select as_of || ' ' || as_of_precision || ' ' || as_of_inferred" + " from position_held",
				String.class))
			.isEqualTo("2019-11-01 MONTH true");

		this.mvc
			.perform(Editor.post("/admin/persons/1/positions/{id}/edit", id)
				.param("title", "Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương")
				.param("asOf.date", "06/11/2019")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/persons/1/edit"));
		assertThat(this.jdbc.queryForObject("select title || ' ' || as_of_precision from position_held", String.class))
			.isEqualTo("Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương DAY");

		this.mvc.perform(Editor.post("/admin/persons/1/positions/{id}/delete", id).param("version", "1"))
			.andExpect(redirectedUrl("/admin/persons/1/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.position.deleted"));
		assertThat(this.jdbc.queryForObject("select count(*) from position_held", Integer.class)).isZero();
	}

	@Test
	void aPositionFromAnUnknownArticleOrWithATimeIsExplained() throws Exception {
		HtmlPage page = HtmlPage.of(
				this.mvc
					.perform(Editor.post("/admin/persons/1/positions/new")
						.param("title", "Phó Thủ tướng")
						.param("asOf.date", "2019")
						.param("asOf.precision", "DAY")
						.param("articleId", "999"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.text()).contains("không đủ chi tiết cho độ chính xác này");
		assertThat(page.field("title")).isEqualTo("Phó Thủ tướng");
		HtmlPage unknown = HtmlPage.of(this.mvc.perform(
				Editor.post("/admin/persons/1/positions/new").param("title", "Phó Thủ tướng").param("articleId", "999"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(unknown.text()).contains("Không có bài viết nào mang mã số này.");
		assertThat(unknown.field("articleId")).isEqualTo("999");
	}

	@Test
	void theListAndTheEditPageShowThePerson() throws Exception {
		assertThat(HtmlPage.of(this.mvc.perform(Editor.get("/admin/persons").param("q", "bình")).andReturn()).text())
			.contains("Phạm Bình Minh")
			.doesNotContain("Trương Thi Mai");
		assertThat(HtmlPage
			.of(this.mvc.perform(Editor.get("/admin/persons/2/edit")).andExpect(status().isOk()).andReturn())
			.field("name")).isEqualTo("Phạm Bình Minh");
	}

}
