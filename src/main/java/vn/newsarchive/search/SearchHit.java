package vn.newsarchive.search;

import java.time.LocalDateTime;

import vn.newsarchive.importer.model.DatePrecision;

/**
 * One article found, as a result list shows it.
 *
 * @param snippet a passage of the body in its original spelling, HTML-escaped, the
 * matched words in {@code <mark>}; null in exports
 */
public record SearchHit(long id, String title, String url, LocalDateTime published, DatePrecision precision,
		boolean inferred, String source, String snippet, float score) {

}
