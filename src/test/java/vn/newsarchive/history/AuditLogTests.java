package vn.newsarchive.history;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.Editor;
import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit log narrowed by author, kind of record and days, a page at a time. */
@AdminTest
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void threeChangesByTwoEditors() {
		EmptyArchive.reset(this.jdbc);
		revision("ARTICLE", 1, "an", "2026-03-01 12:00+00", "Bài một");
		revision("RESOLUTION", 2, "binh", "2026-03-02 12:00+00", "26-NQ/TW");
		revision("PERSON", 3, "an", "2026-03-03 12:00+00", "Bùi Thanh Sơn");
	}

	@Test
	void theLogIsFilteredByAuthorKindAndDays() throws Exception {
		assertThat(records("")).containsExactly("Bùi Thanh Sơn", "26-NQ/TW", "Bài một");
		assertThat(records("user=an")).containsExactly("Bùi Thanh Sơn", "Bài một");
		assertThat(records("kind=RESOLUTION")).containsExactly("26-NQ/TW");
		assertThat(records("from=2026-03-02&to=2026-03-02")).containsExactly("26-NQ/TW");
		assertThat(records("user=an&from=2026-03-02")).containsExactly("Bùi Thanh Sơn");
		assertThat(records("to=2026-02-28")).isEmpty();
		HtmlPage page = audit("kind=PERSON");
		assertThat(page.document().select("table.audit a").attr("href")).isEqualTo("/admin/persons/3/history");
		assertThat(page.document().select("#audit-kind option[selected]").attr("value")).isEqualTo("PERSON");
		HtmlPage days = audit("from=2026-03-02&to=2026-03-03");
		assertThat(days.document().select("label[for=audit-from]").text()).isEqualTo("Từ ngày");
		assertThat(days.document().select("#audit-from").attr("value")).isEqualTo("2026-03-02");
		assertThat(days.document().select("#audit-to").attr("value")).isEqualTo("2026-03-03");
	}

	@Test
	void theAdminNavigationOffersTheLogToAdminsOnly() throws Exception {
		assertThat(audit("").document().select(".admin-nav a[href=/admin/audit]")).hasSize(1);
		HtmlPage asEditor = HtmlPage.of(this.mvc.perform(Editor.get("/admin")).andExpect(status().isOk()).andReturn());
		assertThat(asEditor.document().select(".admin-nav a[href=/admin/audit]")).isEmpty();
	}

	@Test
	void anUnreadableDateIsNoFilterAndIsSaidSo() throws Exception {
		HtmlPage page = audit("from=hôm-qua");
		assertThat(page.document().select("table.audit tbody tr")).hasSize(3);
		assertThat(page.document().select("[role=alert]").text()).contains("Ngày không hợp lệ");
	}

	@Test
	void theLogIsPagedKeepingItsFilters() throws Exception {
		this.jdbc.update("insert into revision (record_kind, record_id, action, author, made_at, label, snapshot)"
				+ " select 'ARTICLE', n, 'EDIT', 'cuong', timestamptz '2026-04-01 12:00+00' + n * interval '1 minute',"
				+ " 'Bài ' || n, '{}' from generate_series(1, 60) n");
		HtmlPage first = audit("user=cuong");
		assertThat(first.document().select("table.audit tbody tr")).hasSize(AuditAdminController.PAGE_SIZE);
		assertThat(first.document().select("table.audit tbody tr a").first().text()).isEqualTo("Bài 60");
		String next = first.document().select("a[rel=next]").attr("href");
		assertThat(next).contains("page=1").contains("user=cuong");
		HtmlPage second = HtmlPage.of(this.mvc.perform(admin(next)).andExpect(status().isOk()).andReturn());
		assertThat(second.document().select("table.audit tbody tr")).hasSize(10);
	}

	private java.util.List<String> records(String query) throws Exception {
		return audit(query).document().select("table.audit tbody tr a").eachText();
	}

	private HtmlPage audit(String query) throws Exception {
		return HtmlPage.of(this.mvc.perform(admin("/admin/audit?" + query)).andExpect(status().isOk()).andReturn());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder admin(String url) {
		// not "admin": the first admin the archive creates holds a one-time password
		// until changed
		return MockMvcRequestBuilders.get(url).with(user("quan-tri").roles("EDITOR", "ADMIN"));
	}

	private void revision(String kind, long id, String author, String at, String label) {
		this.jdbc.update("insert into revision (record_kind, record_id, action, author, made_at, label, snapshot)"
				+ " values (?, ?, 'EDIT', ?, cast(? as timestamptz), ?, '{}')", kind, id, author, at, label);
	}

}
