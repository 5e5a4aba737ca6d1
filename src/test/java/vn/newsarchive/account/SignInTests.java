package vn.newsarchive.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.testdata.TestAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Editors sign in with their own accounts through the form, and nothing else gets in. */
@AdminTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOldSharedLoginNoLongerSignsIn() throws Exception {
		this.mvc.perform(FormSignIn.from("10.1.0.1", "editor", "editor"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void anAccountSignsInThroughTheFormAndLandsInTheAdmin() throws Exception {
		TestAccounts.create(this.jdbc, "lan", "mật khẩu của Lan", "EDITOR");
		this.mvc.perform(formLogin("/login").user("Lan").password("mật khẩu của Lan"))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(authenticated().withUsername("lan").withRoles("EDITOR"));
	}

	@Test
	void httpBasicIsOff() throws Exception {
		TestAccounts.create(this.jdbc, "basic-user", "mật khẩu không dùng Basic", "ADMIN");
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString("basic-user:mật khẩu không dùng Basic".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(get("/admin").header("Authorization", basic).accept(MediaType.APPLICATION_JSON))
			.andExpect(redirectedUrl("/login"))
			.andExpect(unauthenticated());
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		TestAccounts.create(this.jdbc, "da-nghi", "mật khẩu người đã nghỉ", "EDITOR");
		this.jdbc.update("update app_user set enabled = false where username = 'da-nghi'");
		this.mvc.perform(formLogin("/login").user("da-nghi").password("mật khẩu người đã nghỉ"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

}
