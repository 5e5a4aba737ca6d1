package vn.newsarchive.search;

import java.time.LocalDateTime;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScoreProjection;
import vn.newsarchive.kernel.DatePrecision;

/**
 * What a hit of the article index holds for a result row, read from stored fields: no
 * article is loaded from the database. Registered with Hibernate Search by
 * {@link IndexMapping} (the packaged jar's classes are not scanned).
 */
@ProjectionConstructor
record StoredHit(@IdProjection Long id, @FieldProjection(path = ArticleFields.TITLE) String title,
		@FieldProjection(path = ArticleFields.SLUG) String slug,
		@FieldProjection(path = ArticleFields.PUBLISHED) LocalDateTime published,
		@FieldProjection(path = ArticleFields.PRECISION) DatePrecision precision,
		@FieldProjection(path = ArticleFields.INFERRED) Boolean inferred,
		@FieldProjection(path = ArticleFields.SOURCE) String source, @ScoreProjection float score) {

	/**
	 * The texts a snippet is cut from, read only for pages that show snippets (exports do
	 * not, and a body is the largest stored field).
	 */
	@ProjectionConstructor
	record Texts(@FieldProjection(path = ArticleFields.BODY) String body,
			@FieldProjection(path = ArticleFields.LEAD) String lead) {
	}

}
