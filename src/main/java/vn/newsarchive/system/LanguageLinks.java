package vn.newsarchive.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The layout's language switch leads to the same page in the other language, with the
 * reader's query, filters and page kept
 * ({@code /search?q=ket+luan+21&year=2024&lang=en}): a bare {@code ?lang=en} dropped them
 * all. Built from the request the page is rendered from, which for a cached page holds
 * only the parameters pages read ({@link PageParameters}), so nothing a client made up
 * reaches a cached page's links.
 * <p>
 * Added to the model of a view about to be rendered, not by a {@code @ModelAttribute}
 * method: Spring MVC invokes those for every handler, JSON answers included, and for the
 * search API that one method (with the handler method Spring builds for it per request)
 * was about 6 % of a request's CPU on the seeds.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageLinks implements WebMvcConfigurer {

	static final String ATTRIBUTE = "languageLinks";

	/** The current page in Vietnamese and in English. */
	public record Links(String vi, String en) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				// a controller's own links win, as they did over a model attribute; a
				// redirect renders no page
				if (page != null && page.hasView() && !page.getModel().containsKey(ATTRIBUTE)
						&& !(page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
					page.addObject(ATTRIBUTE, of(request));
				}
			}

		});
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
