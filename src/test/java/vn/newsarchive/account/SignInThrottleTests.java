package vn.newsarchive.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.system.ArchiveProperties;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * Wrong passwords are throttled per account (5 by default) and per address (20), with a
 * message saying how long to wait; the right password does not get through meanwhile.
 */
@AdminTest
class SignInThrottleTests {

	private static final String PASSWORD = "mật khẩu đúng của tài khoản";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArchiveProperties.SignIn properties;

	@Test
	void afterFiveWrongPasswordsTheAccountMustWaitWhateverTheAddress() throws Exception {
		TestAccounts.create(this.jdbc, "bi-do", PASSWORD, "EDITOR");
		for (int i = 0; i < this.properties.maxFailuresPerAccount(); i++) {
			signIn("bi-do", "sai " + i, "10.3.0." + i).andExpect(redirectedUrl("/login?error"));
		}
		signIn("bi-do", PASSWORD, "10.3.0.99").andExpect(redirectedUrlPattern("/login?throttled=*"))
			.andExpect(unauthenticated());
		String waitPage = this.mvc.perform(get("/login").param("throttled", "3"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(waitPage).contains("Vui lòng thử lại sau 3 phút.");
		this.mvc.perform(get("/login").param("throttled", "<b>3</b>").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Please wait 1 min and try again.")));

		TestAccounts.create(this.jdbc, "hang-xom", PASSWORD, "EDITOR");
		signIn("hang-xom", PASSWORD, "10.3.0.1").andExpect(authenticated());
	}

	@Test
	void anAddressTryingManyAccountsMustWait() throws Exception {
		TestAccounts.create(this.jdbc, "nan-nhan", PASSWORD, "EDITOR");
		for (int i = 0; i < this.properties.maxFailuresPerAddress(); i++) {
			signIn("doan-mo-" + i, "sai", "10.4.0.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn("nan-nhan", PASSWORD, "10.4.0.1").andExpect(redirectedUrlPattern("/login?throttled=*"))
			.andExpect(unauthenticated());
		signIn("nan-nhan", PASSWORD, "10.4.0.2").andExpect(authenticated());
	}

	@Test
	void aSuccessfulSignInStartsTheAccountsCountAgain() throws Exception {
		TestAccounts.create(this.jdbc, "hay-quen", PASSWORD, "EDITOR");
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < this.properties.maxFailuresPerAccount() - 1; i++) {
				signIn("hay-quen", "sai", "10.5.0." + round).andExpect(redirectedUrl("/login?error"));
			}
			signIn("hay-quen", PASSWORD, "10.5.0." + round).andExpect(authenticated());
		}
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(FormSignIn.from(address, username, password));
	}

}
