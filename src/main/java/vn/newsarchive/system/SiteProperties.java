package vn.newsarchive.system;

import java.net.URI;

/**
 * Where readers reach the archive, for the absolute addresses it writes (feed, sitemap,
 * OpenSearch, API hits).
 *
 * @param baseUrl the public address, such as {@code https://archive.example.vn}
 * ({@code ARCHIVE_SITE_BASE_URL}); unset, the archive uses the host a trusted proxy
 * forwards ({@code X-Forwarded-Host}), or else {@code localhost} and the port it listens
 * on. The {@code Host} header a client sends is never used: it would let anyone put their
 * own host into pages that are cached and served to everyone.
 */
public record SiteProperties(URI baseUrl) {

	public SiteProperties {
		if (baseUrl != null && (baseUrl.getScheme() == null || baseUrl.getHost() == null)) {
			throw new IllegalArgumentException("archive.site.base-url must be absolute, such as https://example.vn");
		}
	}

}
