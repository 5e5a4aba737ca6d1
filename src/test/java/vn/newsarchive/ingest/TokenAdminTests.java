package vn.newsarchive.ingest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.newsarchive.admin.AdminTest;
import vn.newsarchive.admin.HtmlPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Admins create a token (shown once), see the list, and revoke a token for good. */
@AdminTest
class TokenAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenService tokens;

	@Test
	void anAdminCreatesListsAndRevokesATokenInTheAdmin() throws Exception {
		this.jdbc.update("delete from api_token");
		MvcResult created = this.mvc
			.perform(post("/admin/tokens").param("name", "may-thu-thap").with(user("boss").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/tokens"))
			.andExpect(flash().attribute("flashMessage", "token.created"))
			.andReturn();
		String token = (String) created.getFlashMap().get(TokenAdminController.NEW_TOKEN);
		assertThat(this.tokens.nameOf(token)).hasValue("may-thu-thap");

		HtmlPage once = HtmlPage.of(this.mvc
			.perform(get("/admin/tokens").with(user("boss").roles("ADMIN")).flashAttrs(created.getFlashMap()))
			.andReturn());
		assertThat(once.document().select("code.new-token").text()).isEqualTo(token);
		HtmlPage later = HtmlPage
			.of(this.mvc.perform(get("/admin/tokens").with(user("boss").roles("ADMIN"))).andReturn());
		assertThat(later.text()).contains("may-thu-thap").doesNotContain(token);

		this.mvc
			.perform(post("/admin/tokens").param("name", "may-thu-thap").with(user("boss").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "token.name.taken"));

		long id = this.jdbc.queryForObject("select id from api_token", Long.class);
		this.mvc.perform(post("/admin/tokens/{id}/revoke", id).with(user("boss").roles("ADMIN")).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "token.revoked"));
		assertThat(this.tokens.nameOf(token)).isEmpty();
	}

}
