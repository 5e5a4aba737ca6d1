package vn.newsarchive.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only logged-in editors reach the admin area, and its forms need the CSRF token. */
@AdminTest
class AdminSecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorIsSentToTheLoginPage() throws Exception {
		// every client gets the sign-in form: there is no HTTP Basic
		this.mvc.perform(get("/admin/articles").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aReaderWithoutTheEditorRoleIsRefused() throws Exception {
		this.mvc.perform(get("/admin").with(user("reader").roles("READER"))).andExpect(status().isForbidden());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/admin/articles/new").with(user("editor").roles("EDITOR")).param("title", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void editorSeesTheDashboard() throws Exception {
		this.mvc.perform(Editor.get("/admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Khu vực biên tập")));
	}

}
