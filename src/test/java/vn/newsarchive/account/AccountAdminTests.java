package vn.newsarchive.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.HtmlPage;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins add, disable, enable and reset accounts; editors cannot; everyone changes their
 * own password, and a one-time password must be changed before anything else.
 */
@AdminTest
class AccountAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditorIsRefusedFromAccountsTokensAndTheAuditLog() throws Exception {
		for (String page : new String[] { "/admin/users", "/admin/tokens", "/admin/audit" }) {
			this.mvc.perform(get(page).with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/users").param("username", "ke-gian")
				.param("role", "ADMIN")
				.with(user("ed").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/tokens").param("name", "x").with(user("ed").roles("EDITOR")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = 'ke-gian'", Integer.class))
			.isZero();
	}

	@Test
	void anAdminMayDoWhatAnEditorMay() throws Exception {
		this.mvc.perform(get("/admin/articles").with(user("boss").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").with(user("boss").roles("ADMIN"))).andExpect(status().isOk());
		HtmlPage admins = HtmlPage.of(this.mvc.perform(get("/admin").with(user("boss").roles("ADMIN"))).andReturn());
		HtmlPage editors = HtmlPage.of(this.mvc.perform(get("/admin").with(user("ed").roles("EDITOR"))).andReturn());
		assertThat(admins.document().select("nav.admin-nav a").eachAttr("href")).contains("/admin/users",
				"/admin/tokens", AccountStateFilter.PASSWORD_PAGE);
		assertThat(editors.document().select("nav.admin-nav a").eachAttr("href")).doesNotContain("/admin/users")
			.doesNotContain("/admin/tokens")
			.contains(AccountStateFilter.PASSWORD_PAGE);
	}

	@Test
	void aNewAccountGetsAOneTimePasswordToChangeAtFirstSignIn() throws Exception {
		this.jdbc.update("delete from app_user where username = 'hoa'");
		MvcResult created = this.mvc
			.perform(post("/admin/users").param("username", "Hoa")
				.param("role", "EDITOR")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flashMessage", "account.created"))
			.andReturn();
		String oneTime = (String) created.getFlashMap().get(AccountAdminController.ONE_TIME_PASSWORD);
		assertThat(oneTime).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
		assertThat(this.jdbc.queryForObject("select password_hash from app_user where username = 'hoa'", String.class))
			.startsWith("{bcrypt}")
			.doesNotContain(oneTime);
		String shown = HtmlPage
			.of(this.mvc
				.perform(get("/admin/users").with(user("boss").roles("ADMIN")).flashAttrs(created.getFlashMap()))
				.andReturn())
			.document()
			.select("code.one-time-password")
			.text();
		assertThat(shown).isEqualTo(oneTime);

		MockHttpSession session = signIn("hoa", oneTime);
		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl(AccountStateFilter.PASSWORD_PAGE));
		this.mvc.perform(get("/admin/articles").session(session))
			.andExpect(redirectedUrl(AccountStateFilter.PASSWORD_PAGE));
		this.mvc.perform(get(AccountStateFilter.PASSWORD_PAGE).session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post(AccountStateFilter.PASSWORD_PAGE).session(session)
				.param("current", oneTime)
				.param("chosen", "mật khẩu riêng của Hoa")
				.param("repeated", "mật khẩu riêng của Hoa")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		signIn("hoa", "mật khẩu riêng của Hoa");
	}

	@Test
	void aWrongCurrentPasswordOrAShortOneChangesNothing() throws Exception {
		TestAccounts.create(this.jdbc, "minh", "mật khẩu cũ của Minh", "EDITOR");
		MockHttpSession session = signIn("minh", "mật khẩu cũ của Minh");
		HtmlPage wrong = HtmlPage.of(
				this.mvc
					.perform(post(AccountStateFilter.PASSWORD_PAGE).session(session)
						.param("current", "không phải mật khẩu")
						.param("chosen", "mật khẩu mới của Minh")
						.param("repeated", "mật khẩu mới của Minh")
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(wrong.text()).contains("Mật khẩu hiện tại không đúng.");
		HtmlPage tooShort = HtmlPage.of(
				this.mvc
					.perform(post(AccountStateFilter.PASSWORD_PAGE).session(session)
						.param("current", "mật khẩu cũ của Minh")
						.param("chosen", "ngắn")
						.param("repeated", "ngắn")
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(tooShort.text()).contains("ít nhất 10 ký tự");
		signIn("minh", "mật khẩu cũ của Minh");
	}

	@Test
	void aDisabledAccountIsSignedOutAndAResetOneMustChooseAgain() throws Exception {
		TestAccounts.create(this.jdbc, "tuan", "mật khẩu của Tuấn", "EDITOR");
		long id = this.jdbc.queryForObject("select id from app_user where username = 'tuan'", Long.class);
		MockHttpSession session = signIn("tuan", "mật khẩu của Tuấn");

		this.mvc.perform(post("/admin/users/{id}/disable", id).with(user("boss").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "account.disabled"));
		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login?disabled"));
		this.mvc.perform(formLogin("/login").user("tuan").password("mật khẩu của Tuấn")).andExpect(unauthenticated());

		this.mvc.perform(post("/admin/users/{id}/enable", id).with(user("boss").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "account.enabled"));
		MvcResult reset = this.mvc
			.perform(post("/admin/users/{id}/reset", id).with(user("boss").roles("ADMIN")).with(csrf()))
			.andReturn();
		String oneTime = (String) reset.getFlashMap().get(AccountAdminController.ONE_TIME_PASSWORD);
		this.mvc.perform(formLogin("/login").user("tuan").password("mật khẩu của Tuấn")).andExpect(unauthenticated());
		this.mvc.perform(get("/admin").session(signIn("tuan", oneTime)))
			.andExpect(redirectedUrl(AccountStateFilter.PASSWORD_PAGE));
	}

	@Test
	void anAdminCannotDisableThemself() throws Exception {
		TestAccounts.create(this.jdbc, "quan-tri", "mật khẩu quản trị viên", "ADMIN");
		long id = this.jdbc.queryForObject("select id from app_user where username = 'quan-tri'", Long.class);
		this.mvc.perform(post("/admin/users/{id}/disable", id).with(user("quan-tri").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "account.disable.self"));
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id)).isTrue();
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(authenticated().withUsername(username))
			.andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

}
