package vn.newsarchive.account;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The sign-in form's POST as a browser at some address sends it. */
final class FormSignIn {

	private FormSignIn() {
	}

	static MockHttpServletRequestBuilder from(String address, String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
