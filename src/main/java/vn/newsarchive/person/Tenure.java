package vn.newsarchive.person;

import java.time.LocalDate;

import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * One title a person held: when it was first and last seen, how many articles state it,
 * and the first of them.
 */
public record Tenure(String title, long articles, Seen first, Seen last, Long articleId, String articleTitle,
		String articleSlug) {

	/** A date at the precision it was given, and whether it was inferred. */
	public record Seen(LocalDate on, DatePrecision precision, boolean inferred) {
	}

	/** The first article stating the title, if any does. */
	public String articleUrl() {
		return (this.articleId != null) ? Permalinks.of(Permalinks.ARTICLE, this.articleId,
				Slugs.canonical(this.articleSlug, this.articleTitle)) : null;
	}

	/** Whether the title was seen at more than one date. */
	public boolean isSpan() {
		return this.last.on() != null && !this.last.on().equals(this.first.on());
	}

}
