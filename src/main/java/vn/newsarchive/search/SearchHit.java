package vn.newsarchive.search;

import java.time.LocalDateTime;
import java.util.List;

import vn.newsarchive.kernel.DatePrecision;

/**
 * One article found, as a result list shows it.
 *
 * @param snippet a passage of the body in its original spelling, HTML-escaped, the
 * matched words in {@code <mark>}; null in exports
 * @param alsoPublishedBy the sources of the story's other copies (the hit is the story's
 * first article); empty in exports
 */
public record SearchHit(long id, String title, String url, LocalDateTime published, DatePrecision precision,
		boolean inferred, String source, String snippet, float score, List<String> alsoPublishedBy) {

	public SearchHit {
		alsoPublishedBy = List.copyOf(alsoPublishedBy);
	}

	SearchHit withAlsoPublishedBy(List<String> sources) {
		return new SearchHit(this.id, this.title, this.url, this.published, this.precision, this.inferred, this.source,
				this.snippet, this.score, sources);
	}

}
