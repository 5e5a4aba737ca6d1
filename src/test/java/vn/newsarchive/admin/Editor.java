package vn.newsarchive.admin;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Requests as a logged-in editor would send them (POSTs with the CSRF token). */
public final class Editor {

	private Editor() {
	}

	public static MockHttpServletRequestBuilder get(String url, Object... vars) {
		return MockMvcRequestBuilders.get(url, vars).with(user("editor").roles("EDITOR"));
	}

	public static MockHttpServletRequestBuilder post(String url, Object... vars) {
		return MockMvcRequestBuilders.post(url, vars).with(user("editor").roles("EDITOR")).with(csrf());
	}

}
