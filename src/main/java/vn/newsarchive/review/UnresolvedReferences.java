package vn.newsarchive.review;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * Bare references ("Kết luận 21") the importer could not tie to one coded document: no
 * coded document, or several, fit the kind, number and the term the article's date allows
 * (issue 18.2). Accepting keeps the reference as it is; fixing is merging it into the
 * coded document on the editors' merge page, which can be undone.
 */
@Component
@Order(30)
class UnresolvedReferences extends QueriedReviewSource {

	static final String NAME = "references";

	UnresolvedReferences(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, NAME, "from resolution r where r.code is null and r.number is not null and"
				+ ReviewDecisions.undecided(NAME, "r.id::text"), "r.id, r.kind, r.number, r.slug", "r.id");
	}

	@Override
	ReviewItem item(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		String label = Resolution.label(null, rs.getString("kind"), rs.getString("number"));
		return new ReviewItem(NAME, String.valueOf(id), label,
				Permalinks.of(Permalinks.RESOLUTION, id, Slugs.canonical(rs.getString("slug"), label)),
				"review.references.unresolved", null, "/admin/resolutions/" + id + "/merge");
	}

}
