package vn.newsarchive.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A public page's request reduced to the parameters some page reads, each once and in a
 * fixed order. The page cache keys on it and the page is rendered from it, so a made-up
 * parameter ({@code /?r=123}) neither bypasses the cache nor splits it, and never finds
 * its way into the links of a page served to others.
 */
final class PageParameters extends HttpServletRequestWrapper {

	/** Every parameter a cached public page reads: lists, filters, sorts and pagers. */
	static final Set<String> READ = Set.of("page", "sort", "year", "source", "initial", "q", "kind", "term", "title",
			"positions", "meetings", "from", "to");

	private final Map<String, String[]> parameters;

	private final String queryString;

	PageParameters(HttpServletRequest request) {
		super(request);
		Map<String, String[]> kept = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (READ.contains(name) && values.length > 0) {
				kept.put(name, new String[] { values[0] });
			}
		});
		this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(kept));
		StringBuilder query = new StringBuilder();
		kept.forEach((name, values) -> query.append((query.length() > 0) ? "&" : "")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(values[0], StandardCharsets.UTF_8)));
		this.queryString = (query.length() > 0) ? query.toString() : null;
	}

	/**
	 * The path and the kept parameters: what the page depends on besides language and
	 * host.
	 */
	String pathAndQuery() {
		return getRequestURI() + ((this.queryString != null) ? "?" + this.queryString : "");
	}

	@Override
	public String getQueryString() {
		return this.queryString;
	}

	@Override
	public String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return this.parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values.clone() : null;
	}

}
