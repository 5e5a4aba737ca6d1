package vn.newsarchive.system;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages that anonymous readers asked for before from memory, as long as no
 * write has committed since they were rendered ({@link ArchiveChanges}). Reading far
 * outweighs editing in an archive, and a page rendered once can be served many times. It
 * runs after the security filters (so their headers are written as usual) and leaves
 * alone editors' requests, the admin area, search (its results are measured as they are
 * computed) and anything that sets a cookie, such as the language switch. Pages are
 * rendered from the request reduced to what they read ({@link PageParameters}).
 */
@Component
@ConditionalOnWebApplication
class PageCache extends OncePerRequestFilter {

	static final String STATUS_HEADER = "X-Page-Cache";

	private static final Set<String> UNCACHED_PREFIXES = Set.of("/admin", "/login", "/logout", "/search", "/api",
			"/actuator", "/css", "/js", "/error");

	private final Cache<String, CachedPage> pages;

	private final ArchiveChanges changes;

	private final LocaleResolver locales;

	private final boolean enabled;

	private final SiteAddress site;

	PageCache(ArchiveChanges changes, LocaleResolver locales, SiteAddress site, ArchiveProperties.PageCache settings) {
		this.changes = changes;
		this.locales = locales;
		this.site = site;
		this.enabled = settings.enabled();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(settings.maxMegabytes() * 1024 * 1024)
			.weigher((String key, CachedPage page) -> key.length() * 2 + page.body().length)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.enabled || !"GET".equals(request.getMethod()) || request.getParameter("lang") != null
				|| request.getUserPrincipal() != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UNCACHED_PREFIXES.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest original, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageParameters request = new PageParameters(original);
		String key = keyOf(request);
		// Read before rendering: a write committing meanwhile makes the stored copy
		// stale.
		long version = this.changes.current();
		CachedPage cached = this.pages.getIfPresent(key);
		if (cached != null && cached.version() == version) {
			response.setHeader(STATUS_HEADER, "HIT");
			cached.writeTo(response);
			return;
		}
		response.setHeader(STATUS_HEADER, "MISS");
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		if (recorder.getStatus() == HttpServletResponse.SC_OK && !recorder.containsHeader(HttpHeaders.SET_COOKIE)
				&& request.getSession(false) == null) {
			this.pages.put(key, new CachedPage(version, recorder.getLocale(), recorder.getContentType(),
					recorder.getContentAsByteArray()));
		}
		recorder.copyBodyToResponse();
	}

	/**
	 * What a page depends on: the archive's address (absolute links in feeds and
	 * sitemaps), the language and the parameters some page reads. Nothing else a client
	 * sends reaches the key or the page.
	 */
	private String keyOf(PageParameters request) {
		Locale locale = this.locales.resolveLocale(request);
		// the day too: an article page shows today's date as its citation's access date
		return this.site.base(request) + ' ' + locale.toLanguageTag() + ' ' + LocalDate.now(DateLabels.ZONE) + ' '
				+ request.pathAndQuery();
	}

	private record CachedPage(long version, Locale locale, String contentType, byte[] body) {

		void writeTo(HttpServletResponse response) throws IOException {
			// The locale first: it would otherwise pick the charset the content type
			// names.
			response.setLocale(this.locale);
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
