package vn.newsarchive.review;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/** What readers reported with the "Báo lỗi" form, oldest first. */
@Component
@Order(10)
class ReaderReports extends QueriedReviewSource {

	static final String NAME = "reports";

	ReaderReports(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, NAME,
				"from reader_report r join article a on a.id = r.article_id where"
						+ ReviewDecisions.undecided(NAME, "r.id::text"),
				"r.id, r.problem, r.message, r.contact, a.id as article_id, a.title, a.slug", "r.id");
	}

	@Override
	ReviewItem item(ResultSet rs) throws SQLException {
		long article = rs.getLong("article_id");
		String contact = rs.getString("contact");
		return new ReviewItem(NAME, String.valueOf(rs.getLong("id")), rs.getString("title"),
				Permalinks.of(Permalinks.ARTICLE, article,
						Slugs.canonical(rs.getString("slug"), rs.getString("title"))),
				"review.reports.problem." + rs.getString("problem"),
				rs.getString("message") + ((contact != null) ? " — " + contact : ""),
				"/admin/articles/" + article + "/edit");
	}

}
