package vn.newsarchive.admin.meeting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.admin.article.ArticleBuilder;
import vn.newsarchive.article.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AdminTest
class MeetingAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@BeforeEach
	void oneMeeting() {
		EmptyArchive.reset(this.jdbc);
		long article = ArticleBuilder.article("Đoàn kiểm tra làm việc").saveIn(this.articles).getId();
		this.jdbc.update("insert into meeting (id, article_id, kind, slug) values (1, ?, 'buổi làm việc', 'x')",
				article);
	}

	@Test
	void aMeetingIsCorrectedWithItsDatePrecisionAndSlug() throws Exception {
		this.mvc
			.perform(Editor.post("/admin/meetings/1/edit")
				.param("kind", "buổi làm việc")
				.param("held.date", "6/11/2019")
				.param("held.inferred", "true")
				.param("place", "Trụ sở Bộ Ngoại giao")
				.param("delegation", "Đoàn Kiểm tra số 1150 của Bộ Chính trị")
				.param("delegationNumber", "1150")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/meetings/1/edit"))
			.andExpect(flash().attribute("flashMessage", "admin.meeting.saved"));
		assertThat(this.jdbc.queryForObject(
				"select held_on || ' ' || held_precision || ' ' || held_inferred || ' ' || slug from meeting",
				String.class))
			.isEqualTo("2019-11-06 DAY true doan-kiem-tra-so-1150-cua-bo-chinh-tri");
	}

	@Test
	void aStaleVersionIsRefusedAndTheInputKept() throws Exception {
		this.jdbc.update("update meeting set version = 1");
		HtmlPage page = HtmlPage
			.of(this.mvc.perform(Editor.post("/admin/meetings/1/edit").param("place", "Hà Nội").param("version", "0"))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(page.text()).contains("Người khác đã lưu bản ghi này");
		assertThat(page.field("place")).isEqualTo("Hà Nội");
	}

	@Test
	void aTimeIsNotAcceptedForAMeetingDate() throws Exception {
		HtmlPage page = HtmlPage.of(
				this.mvc
					.perform(Editor.post("/admin/meetings/1/edit")
						.param("held.date", "06/11/2019")
						.param("held.precision", "MINUTE")
						.param("version", "0"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.text()).contains("Bản ghi này chỉ lưu đến ngày.");
	}

	@Test
	void theListShowsTheMeetingWithItsArticle() throws Exception {
		assertThat(HtmlPage.of(this.mvc.perform(Editor.get("/admin/meetings")).andReturn()).text())
			.contains("buổi làm việc", "Đoàn kiểm tra làm việc");
	}

}
