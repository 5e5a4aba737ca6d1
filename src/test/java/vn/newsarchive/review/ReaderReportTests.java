package vn.newsarchive.review;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.admin.article.ArticleBuilder;
import vn.newsarchive.article.ArticleRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Báo lỗi": every article page links to a short form that needs no account; a report
 * reaches the editors' queue; a filled honeypot is thanked and dropped; an address
 * sending too many is refused.
 */
@AdminTest
class ReaderReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ReviewQueue queue;

	long article;

	@BeforeEach
	void anArticle() {
		EmptyArchive.reset(this.jdbc);
		this.article = ArticleBuilder.article("Hội nghị kiểm điểm").saveIn(this.articles).getId();
	}

	@Test
	void theArticlePageLinksToTheFormWhichNeedsNoAccount() throws Exception {
		HtmlPage page = HtmlPage.of(
				this.mvc
					.perform(
							MockMvcRequestBuilders.get(
									"/bai-viet/" + this.article + "-"
											+ this.jdbc.queryForObject("select slug from article where id = ?",
													String.class, this.article)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page.document().select(".report-link a").attr("href"))
			.isEqualTo("/bai-viet/" + this.article + "/bao-loi");
		HtmlPage form = HtmlPage
			.of(this.mvc.perform(MockMvcRequestBuilders.get("/bai-viet/" + this.article + "/bao-loi"))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(form.text()).contains("Hội nghị kiểm điểm");
		assertThat(form.document().select(".report-trap input[name=website]")).hasSize(1);
	}

	@Test
	void aReportReachesTheEditorsQueue() throws Exception {
		this.mvc.perform(report("10.0.0.1", "Ngày hội nghị là 6/11, không phải 7/11.", ""))
			.andExpect(redirectedUrl("/bai-viet/" + this.article + "/bao-loi"));
		assertThat(this.jdbc.queryForObject("select problem || ' ' || message from reader_report", String.class))
			.isEqualTo("DATE Ngày hội nghị là 6/11, không phải 7/11.");
		HtmlPage queue = HtmlPage
			.of(this.mvc.perform(Editor.get("/admin/review/reports")).andExpect(status().isOk()).andReturn());
		assertThat(queue.text()).contains("Hội nghị kiểm điểm").contains("Ngày hội nghị là 6/11");
		long id = this.jdbc.queryForObject("select id from reader_report", Long.class);
		this.mvc.perform(Editor.post("/admin/review/reports/" + id + "/accept"))
			.andExpect(redirectedUrl("/admin/review/reports"));
		assertThat(this.queue.counts()).containsEntry("reports", 0L);
	}

	@Test
	void aFilledHoneypotIsThankedAndDropped() throws Exception {
		this.mvc.perform(report("10.0.0.2", "Mua thuốc giá rẻ tại đây", "http://spam.example"))
			.andExpect(redirectedUrl("/bai-viet/" + this.article + "/bao-loi"));
		assertThat(this.jdbc.queryForObject("select count(*) from reader_report", Long.class)).isZero();
	}

	@Test
	void anEmptyMessageIsShownAgainWithTheError() throws Exception {
		this.mvc.perform(report("10.0.0.3", "", "")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from reader_report", Long.class)).isZero();
	}

	@Test
	void anAddressSendingTooManyReportsIsRefused() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(report("10.0.0.4", "Lỗi chính tả số " + i, ""))
				.andExpect(redirectedUrl("/bai-viet/" + this.article + "/bao-loi"));
		}
		this.mvc.perform(report("10.0.0.4", "Lỗi chính tả thêm", "")).andExpect(status().isTooManyRequests());
		this.mvc.perform(report("10.0.0.5", "Từ địa chỉ khác", ""))
			.andExpect(redirectedUrl("/bai-viet/" + this.article + "/bao-loi"));
		assertThat(this.jdbc.queryForObject("select count(*) from reader_report", Long.class)).isEqualTo(6);
	}

	private MockHttpServletRequestBuilder report(String address, String message, String website) {
		return MockMvcRequestBuilders.post("/bai-viet/" + this.article + "/bao-loi").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("problem", "DATE").param("message", message).param("contact", "").param("website", website);
	}

}
