package vn.newsarchive.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current list with one parameter changed, keeping the reader's other
 * filters. Changing a filter or the sort goes back to the first page. Controllers build
 * these links, since Thymeleaf does not let URL attributes call beans.
 */
public final class QueryLinks {

	private QueryLinks() {
	}

	public static String with(String name, Object value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return with(request.getRequestURI(), name, value);
	}

	/**
	 * The current list's filters, from its first page, at another address (an export or
	 * an API of the same list).
	 */
	public static String at(String path) {
		return with(path, "page", null);
	}

	private static String with(String path, String name, Object value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String query = request.getQueryString();
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(path + ((query != null) ? "?" + query : ""));
		if (!"page".equals(name)) {
			builder.replaceQueryParam("page");
		}
		builder.replaceQueryParam("lang");
		if (value == null || value.toString().isEmpty()) {
			builder.replaceQueryParam(name);
		}
		else {
			builder.replaceQueryParam(name, value);
		}
		return builder.build().toUriString();
	}

}
