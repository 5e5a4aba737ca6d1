package vn.newsarchive.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * An API error is answered in a form the client accepts: a browser following a CSV link
 * to a deleted record gets the archive's 404 page, a CSV client a plain-text sentence, an
 * API client JSON; never a 500 because no converter writes JSON as HTML.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiErrorBodyTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/persons/999999999/months.csv", "/api/v1/documents/999999999/months.csv",
			"/api/v1/persons/999999999/tenures.csv", "/api/v1/documents/999999999/articles.csv",
			"/api/v1/persons/999999999", "/api/v1/articles/999999999" })
	void aBrowserGetsTheNotFoundPageInItsLanguage(String path) throws Exception {
		this.mvc.perform(get(path).header("Accept", BROWSER).param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Page not found")));
		this.mvc.perform(get(path).header("Accept", "text/html").param("lang", "vi"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Không tìm thấy")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/persons/999999999/months.csv", "/api/v1/persons/999999999/tenures.csv" })
	void aCsvClientGetsAPlainSentence(String path) throws Exception {
		this.mvc.perform(get(path).header("Accept", "text/csv").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andExpect(content().string(containsString("Page not found")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/json" })
	void anApiClientStillGetsJson(String accept) throws Exception {
		this.mvc.perform(get("/api/v1/persons/999999999/months.csv").header("Accept", accept))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.problem").value("NOT_FOUND"));
		this.mvc.perform(get("/api/v1/persons/999999999").header("Accept", accept))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.problem").value("NOT_FOUND"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/persons/999999999/months.csv", "/api/v1/articles/999999999" })
	void anApiClientsMessageIsInItsLanguage(String path) throws Exception {
		this.mvc.perform(get(path).header("Accept", "application/json").param("lang", "vi"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value(containsString("không có")))
			.andExpect(jsonPath("$.message").value(containsString("999999999")));
		this.mvc.perform(get(path).header("Accept", "application/json").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value(containsString("holds no")));
		this.mvc.perform(get("/api/v1/persons/abc").header("Accept", "application/json").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problem").value("BAD_PARAMETER"))
			.andExpect(jsonPath("$.message").value(containsString("id")))
			.andExpect(jsonPath("$.message").value(containsString("abc")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/html", "text/csv" })
	void aMistypedIdIsABadRequestInAReadableForm(String accept) throws Exception {
		this.mvc.perform(get("/api/v1/persons/abc/months.csv").header("Accept", accept).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Invalid address")));
	}

}
