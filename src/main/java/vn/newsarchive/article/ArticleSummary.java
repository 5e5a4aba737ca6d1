package vn.newsarchive.article;

import java.time.LocalDateTime;

import vn.newsarchive.importer.model.DatePrecision;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/** What lists show of an article, loaded in one query without its body. */
public record ArticleSummary(Long id, String title, String slug, String lead, LocalDateTime publishedAt,
		DatePrecision publishedPrecision, boolean publishedInferred, String source) {

	/** JPQL constructor expression over an {@code Article a}. */
	public static final String SELECT = "new vn.newsarchive.article.ArticleSummary(a.id, a.title, a.slug, a.lead,"
			+ " a.publishedAt, a.publishedPrecision, a.publishedInferred, a.source)";

	public String url() {
		return Permalinks.of(Permalinks.ARTICLE, this.id, Slugs.canonical(this.slug, this.title));
	}

}
