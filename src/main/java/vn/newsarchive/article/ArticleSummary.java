package vn.newsarchive.article;

import java.time.LocalDateTime;

import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.system.NativeRows;

/** What lists show of an article, loaded in one query without its body. */
public record ArticleSummary(Long id, String title, String slug, String lead, LocalDateTime publishedAt,
		DatePrecision publishedPrecision, boolean publishedInferred, String source) {

	/** JPQL constructor expression over an {@code Article a}. */
	public static final String SELECT = "new vn.newsarchive.article.ArticleSummary(a.id, a.title, a.slug, a.lead,"
			+ " a.publishedAt, a.publishedPrecision, a.publishedInferred, a.source)";

	/** The same columns in SQL, for native queries over {@code article a}. */
	public static final String COLUMNS = "a.id, a.title, a.slug, a.lead, a.published_at, a.published_precision,"
			+ " a.published_inferred, a.source";

	/** The row of a native query selecting {@link #COLUMNS} from column {@code at} on. */
	public static ArticleSummary of(Object[] row, int at) {
		return new ArticleSummary(NativeRows.id(row[at]), (String) row[at + 1], (String) row[at + 2],
				(String) row[at + 3], NativeRows.dateTime(row[at + 4]), NativeRows.precision(row[at + 5]),
				NativeRows.flag(row[at + 6]), (String) row[at + 7]);
	}

	public String url() {
		return ArticleAddress.of(this.id, this.slug, this.title);
	}

}
