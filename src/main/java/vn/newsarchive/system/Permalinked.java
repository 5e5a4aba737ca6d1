package vn.newsarchive.system;

import java.time.Instant;

/** The little a sitemap needs of any record with a permalink. */
public interface Permalinked {

	Long getId();

	String getSlug();

	String getTitle();

	Instant getUpdatedAt();

}
