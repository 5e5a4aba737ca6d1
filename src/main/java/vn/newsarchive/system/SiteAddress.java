package vn.newsarchive.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The archive's absolute address, from {@link SiteProperties}: the configured base URL,
 * else what a trusted proxy forwarded (Tomcat's remote-IP valve applies those headers
 * only for the proxies {@code server.tomcat.remoteip.internal-proxies} trusts, and marks
 * the request), else {@code localhost} and the port the server listens on.
 */
@Component
public class SiteAddress {

	/** Set by Tomcat's remote-IP valve on requests a trusted proxy forwarded. */
	static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";

	static final String FORWARDED_HOST = "X-Forwarded-Host";

	private final String configured;

	SiteAddress(SiteProperties properties) {
		this.configured = (properties.baseUrl() != null) ? properties.baseUrl().toString().replaceAll("/+$", "") : null;
	}

	/**
	 * The base (scheme, host, port, context path; no trailing slash) of the current
	 * request.
	 */
	public String base() {
		return base(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
	}

	public String base(HttpServletRequest request) {
		if (this.configured != null) {
			return this.configured;
		}
		String scheme = request.getScheme();
		if (Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY))
				&& request.getHeader(FORWARDED_HOST) != null) {
			return origin(scheme, request.getServerName(), request.getServerPort()) + request.getContextPath();
		}
		return origin(scheme, "localhost", request.getLocalPort()) + request.getContextPath();
	}

	private static String origin(String scheme, String host, int port) {
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + host + (defaultPort || port <= 0 ? "" : ":" + port);
	}

}
