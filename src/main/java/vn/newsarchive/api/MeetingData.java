package vn.newsarchive.api;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.api.ApiRows.ArticleRef;
import vn.newsarchive.api.ApiRows.DocumentRef;
import vn.newsarchive.api.ApiRows.MeetingRef;
import vn.newsarchive.system.Permalinks;

/**
 * A meeting as data: what, when, where, who organised and led it, the article reporting
 * it, its participants and the documents it discussed (one query each).
 */
@Component
@Transactional(readOnly = true)
class MeetingData {

	record Detail(MeetingRef meeting, String place, String organizer, String delegation, ArticleRef article,
			List<Participant> participants, List<DocumentRef> documents) {
	}

	record Participant(long id, String name, String url, String role) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	MeetingData(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Detail one(long id) {
		Map<String, Object> at = Map.of("id", id);
		List<Detail> found = this.jdbc.query(
				"select " + ApiRows.MEETING
						+ ", m.place, m.organizer, m.delegation, m.article_id from meeting m where m.id = :id",
				at, (rs, i) -> new Detail(ApiRows.meeting(rs), rs.getString("place"), rs.getString("organizer"),
						rs.getString("delegation"), null, List.of(), List.of()));
		if (found.isEmpty()) {
			throw new ApiRecordNotFoundException("meeting", id);
		}
		ArticleRef article = this.jdbc
			.query("select " + ApiRows.ARTICLE
					+ " from meeting m join article a on a.id = m.article_id where m.id = :id", at,
					(rs, i) -> ApiRows.article(rs))
			.stream()
			.findFirst()
			.orElse(null);
		List<Participant> participants = this.jdbc.query(
				"select p.id, p.name, p.slug, mp.role from meeting_participant mp join person p on p.id = mp.person_id"
						+ " where mp.meeting_id = :id order by mp.role, mp.id",
				at, (rs, i) -> new Participant(rs.getLong("id"), rs.getString("name"),
						ApiRows.url(Permalinks.PERSON, rs.getLong("id"), rs, "name"), rs.getString("role")));
		List<DocumentRef> documents = ApiRows.documents(this.jdbc, "meeting_resolution", "meeting_id", id);
		Detail d = found.get(0);
		return new Detail(d.meeting(), d.place(), d.organizer(), d.delegation(), article, participants, documents);
	}

}
