package vn.newsarchive.system;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;

/**
 * Stable, readable addresses: {@code /prefix/{id}-{slug}}. The id decides; a wrong or old
 * slug is answered with a permanent redirect so links and search engines settle on one
 * address.
 */
public final class Permalinks {

	public static final String ARTICLE = "/bai-viet/";

	public static final String PERSON = "/nhan-vat/";

	public static final String RESOLUTION = "/van-kien/";

	public static final String MEETING = "/su-kien/";

	private Permalinks() {
	}

	public static String of(String prefix, Long id, String slug) {
		return (slug == null || slug.isEmpty()) ? prefix + id : prefix + id + "-" + slug;
	}

	/**
	 * A 301 to the canonical address when the requested slug is not the canonical one.
	 */
	public static Optional<String> redirectIfMoved(String prefix, Long id, String requestedSlug, String canonicalSlug) {
		String requested = (requestedSlug != null) ? requestedSlug : "";
		if (requested.equals(canonicalSlug)) {
			return Optional.empty();
		}
		return Optional.of(of(prefix, id, canonicalSlug));
	}

	/** A view name that answers with a 301 (Spring's plain "redirect:" is a 302). */
	public static String movedPermanently(HttpServletRequest request, String location) {
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
		return "redirect:" + location;
	}

}
