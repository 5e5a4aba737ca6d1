package vn.newsarchive.api;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.api.ApiRows.ArticleRef;
import vn.newsarchive.api.ApiRows.DocumentRef;
import vn.newsarchive.api.ApiRows.MeetingRef;

/**
 * A party or state document as data: its identity, a page of the articles citing it
 * (oldest first, from {@code ix_article_resolution_date}) and the first meetings that
 * discussed it.
 */
@Component
@Transactional(readOnly = true)
class DocumentData {

	/** Rows of the citing-articles CSV at most, like the search export's. */
	static final int CSV_ROWS = 10_000;

	/** Meetings listed with a document; {@code meetingCount} says how many there are. */
	static final int MEETINGS = 100;

	record Detail(DocumentRef document, String plenum, String title, ApiPage<ArticleRef> citingArticles,
			long meetingCount, List<MeetingRef> meetings) {
	}

	private static final String CITING = "select " + ApiRows.ARTICLE + " from (select article_id, published_at"
			+ " from article_resolution where resolution_id = :id order by published_at, article_id"
			+ " limit :size offset :offset) l join article a on a.id = l.article_id order by l.published_at, a.id";

	private final NamedParameterJdbcTemplate jdbc;

	DocumentData(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Detail one(long id, int page, int size) {
		Map<String, Object> at = Map.of("id", id);
		List<Detail> found = this.jdbc.query(
				"select " + ApiRows.DOCUMENT + ", r.plenum, r.title from resolution r where r.id = :id", at,
				(rs, i) -> new Detail(ApiRows.document(rs), rs.getString("plenum"), rs.getString("title"), null, 0,
						null));
		if (found.isEmpty()) {
			throw new ApiRecordNotFoundException("document", id);
		}
		long citing = count("select count(*) from article_resolution where resolution_id = :id", id);
		List<ArticleRef> articles = citing(id, size, (long) page * size);
		long meetingCount = count("select count(*) from meeting_resolution where resolution_id = :id", id);
		List<MeetingRef> meetings = this.jdbc.query(
				"select " + ApiRows.MEETING + " from (select meeting_id, held_on"
						+ " from meeting_resolution where resolution_id = :id order by held_on, meeting_id limit "
						+ MEETINGS + ") l join meeting m on m.id = l.meeting_id order by l.held_on, m.id",
				at, (rs, i) -> ApiRows.meeting(rs));
		Detail d = found.get(0);
		return new Detail(d.document(), d.plenum(), d.title(), new ApiPage<>(page, size, citing, articles),
				meetingCount, meetings);
	}

	List<ArticleRef> citing(long id, int limit, long offset) {
		return this.jdbc.query(CITING, Map.of("id", id, "size", limit, "offset", offset),
				(rs, i) -> ApiRows.article(rs));
	}

	boolean exists(long id) {
		return count("select count(*) from resolution where id = :id", id) > 0;
	}

	private long count(String sql, long id) {
		Long n = this.jdbc.queryForObject(sql, Map.of("id", id), Long.class);
		return (n != null) ? n : 0;
	}

}
