package vn.newsarchive.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.system.ArchiveProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first start creates the administrator: with the operator's password, or with a
 * one-time password printed once in the log and changed at the first sign-in.
 */
@AdminTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) ");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	/** A first start: no account at all. */
	@BeforeEach
	void noAccountYet() {
		this.jdbc.update("delete from app_user");
	}

	@Test
	void withoutAPasswordSetAOneTimePasswordIsLoggedOnceAndMustBeChanged(CapturedOutput output) throws Exception {
		assertThat(firstAdmin(null).createIfNoAccount()).isTrue();

		Matcher logged = ONE_TIME.matcher(output.getOut());
		assertThat(logged.find()).as("one-time password in the log").isTrue();
		String oneTime = logged.group(1);
		assertThat(logged.find()).as("printed once").isFalse();
		assertThat(this.jdbc.queryForObject(
				"select password_change_required from app_user where username = 'admin' and role = 'ADMIN'",
				Boolean.class))
			.isTrue();

		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("admin").password(oneTime))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/admin/users").session(session))
			.andExpect(redirectedUrl(AccountStateFilter.PASSWORD_PAGE));
		this.mvc
			.perform(post(AccountStateFilter.PASSWORD_PAGE).session(session)
				.param("current", oneTime)
				.param("chosen", "mật khẩu quản trị riêng")
				.param("repeated", "mật khẩu quản trị riêng")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		this.mvc.perform(formLogin("/login").user("admin").password(oneTime)).andExpect(unauthenticated());
	}

	@Test
	void withThePasswordSetItIsTheAdministratorsAndNothingIsLogged(CapturedOutput output) throws Exception {
		assertThat(firstAdmin("mật khẩu do người vận hành chọn").createIfNoAccount()).isTrue();

		assertThat(output.getOut()).doesNotContain("one-time password")
			.doesNotContain("mật khẩu do người vận hành chọn");
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("admin").password("mật khẩu do người vận hành chọn"))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
	}

	@Test
	void theUserNameComesFromTheSettingAndAnExistingAccountIsLeftAlone() {
		ArchiveProperties.Admin properties = new ArchiveProperties.Admin("Quan-Tri", "mật khẩu quản trị thứ nhất");
		assertThat(new FirstAdmin(this.accounts, this.encoder, properties).createIfNoAccount()).isTrue();
		assertThat(firstAdmin("mật khẩu khác hẳn").createIfNoAccount()).isFalse();
		assertThat(this.jdbc.queryForList("select username from app_user", String.class)).containsExactly("quan-tri");
	}

	@Test
	void editorEditorIsNoAccount() throws Exception {
		firstAdmin(null).createIfNoAccount();
		this.mvc.perform(FormSignIn.from("10.2.0.1", "editor", "editor")).andExpect(unauthenticated());
		this.mvc.perform(FormSignIn.from("10.2.0.1", "admin", "editor")).andExpect(unauthenticated());
	}

	private FirstAdmin firstAdmin(String password) {
		ArchiveProperties.Admin properties = new ArchiveProperties.Admin("admin", password);
		return new FirstAdmin(this.accounts, this.encoder, properties);
	}

}
