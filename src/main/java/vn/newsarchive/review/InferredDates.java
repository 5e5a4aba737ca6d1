package vn.newsarchive.review;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * Articles whose date the importer inferred (no dateline: the year of a date in the text,
 * a file's date), read from the partial index {@code ix_article_inferred}. Accepting
 * keeps the date; fixing is editing the article.
 */
@Component
@Order(40)
class InferredDates extends QueriedReviewSource {

	static final String NAME = "dates";

	InferredDates(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, NAME,
				"from article a where a.published_inferred and" + ReviewDecisions.undecided(NAME, "a.id::text"),
				"a.id, a.title, a.slug", "a.id");
	}

	@Override
	ReviewItem item(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new ReviewItem(NAME, String.valueOf(id), rs.getString("title"),
				Permalinks.of(Permalinks.ARTICLE, id, Slugs.canonical(rs.getString("slug"), rs.getString("title"))),
				"review.dates.inferred", null, "/admin/articles/" + id + "/edit");
	}

}
