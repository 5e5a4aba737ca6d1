package vn.newsarchive.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The layout's language switch leads to the same page in the other language, with the
 * reader's query, filters and page kept
 * ({@code /search?q=ket+luan+21&year=2024&lang=en}): a bare {@code ?lang=en} dropped them
 * all. Built from the request the page is rendered from, which for a cached page holds
 * only the parameters pages read ({@link PageParameters}), so nothing a client made up
 * reaches a cached page's links.
 */
@ControllerAdvice
public class LanguageLinks {

	/** The current page in Vietnamese and in English. */
	public record Links(String vi, String en) {
	}

	@ModelAttribute("languageLinks")
	Links languageLinks(HttpServletRequest request) {
		return of(request);
	}

	/** For a view that no controller's model reaches, such as an exception handler's. */
	public static Links of(HttpServletRequest request) {
		return new Links(to(request, "vi"), to(request, "en"));
	}

	static String to(HttpServletRequest request, String language) {
		String query = request.getQueryString();
		// an error page is rendered at /error: the switch leads to the address asked for
		Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (asked instanceof String uri) ? uri : request.getRequestURI();
		return UriComponentsBuilder.fromUriString(path + ((query != null) ? "?" + query : ""))
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
