package vn.newsarchive.review;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * Meetings whose date the importer inferred ("Chiều 6/11" given its year by the article's
 * date), read from the partial index {@code ix_meeting_inferred} (V14), as
 * {@link InferredDates} lists articles. Accepting keeps the date; fixing is editing the
 * meeting. Documents carry no inferred dates: their dates are only ever read as written.
 */
@Component
@Order(45)
class InferredMeetingDates extends QueriedReviewSource {

	static final String NAME = "meeting-dates";

	/** What a reader calls a meeting, as {@code Meeting.getLabel()}. */
	private static final String LABEL = "coalesce(nullif(btrim(m.title), ''), nullif(btrim(m.delegation), ''),"
			+ " m.kind, '') as label";

	InferredMeetingDates(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, NAME, "from meeting m where m.held_inferred and" + ReviewDecisions.undecided(NAME, "m.id::text"),
				"m.id, m.slug, " + LABEL, "m.id");
	}

	@Override
	ReviewItem item(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		String label = rs.getString("label");
		return new ReviewItem(NAME, String.valueOf(id), label,
				Permalinks.of(Permalinks.MEETING, id, Slugs.canonical(rs.getString("slug"), label)),
				"review.meetingDates.inferred", null, "/admin/meetings/" + id + "/edit");
	}

}
