package vn.newsarchive.review;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * Likely-duplicate persons: two persons whose names fold to the same letters ("Phạm Binh
 * Minh" and "Phạm Bình Minh", but also "Lê Minh Hưng" and "Lê Minh Hùng"; V8's
 * {@code person.name_fold}) and that share a title (as tenures key it) or are mentioned
 * with a same third person (in their latest {@value #RECENT_ARTICLES} articles, so that a
 * pair's cost is bounded). Only suggested: names differing by a mark are often two
 * people, so an editor merges them on the merge page (which can be undone), or dismisses
 * the pair.
 */
@Component
@Order(20)
class DuplicatePersons extends QueriedReviewSource {

	static final String NAME = "persons";

	/** Latest articles of each person in which a co-mention is looked for. */
	static final int RECENT_ARTICLES = 100;

	private static final String PAIRS = "from person a join person b on b.name_fold = a.name_fold and b.id > a.id"
			+ " cross join lateral (select exists (select 1 from position_title x join position_title y"
			+ " on y.title_key = x.title_key and y.person_id = b.id where x.person_id = a.id) as shared_title) t"
			+ " where (t.shared_title or exists (select 1 from (" + coMentioned("b") + ") cb join (" + coMentioned("a")
			+ ") ca on ca.person_id = cb.person_id where cb.person_id <> a.id and cb.person_id <> b.id))" + " and"
			+ ReviewDecisions.undecided(NAME, "a.id || '-' || b.id");

	/**
	 * The persons named beside one in their latest articles: bounded, however often a
	 * person is in the news.
	 */
	private static String coMentioned(String person) {
		return "select x2.person_id from (select article_id from article_person where person_id = " + person
				+ ".id order by published_at desc nulls last, article_id desc limit " + RECENT_ARTICLES
				+ ") x join article_person x2 on x2.article_id = x.article_id";
	}

	DuplicatePersons(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, NAME, PAIRS,
				"a.id as a_id, a.name as a_name, a.slug as a_slug, b.id as b_id, b.name as b_name," + " t.shared_title",
				"a.id, b.id");
	}

	@Override
	ReviewItem item(ResultSet rs) throws SQLException {
		long a = rs.getLong("a_id");
		return new ReviewItem(NAME, a + "-" + rs.getLong("b_id"),
				rs.getString("a_name") + " — " + rs.getString("b_name"),
				Permalinks.of(Permalinks.PERSON, a, Slugs.canonical(rs.getString("a_slug"), rs.getString("a_name"))),
				rs.getBoolean("shared_title") ? "review.persons.sharedTitle" : "review.persons.coMentioned", null,
				"/admin/persons/" + a + "/edit");
	}

	@Override
	public String acceptPath(String subject) {
		String[] ids = subject.split("-");
		return "/admin/persons/" + Long.parseLong(ids[0]) + "/merge/confirm?otherId=" + Long.parseLong(ids[1]);
	}

}
