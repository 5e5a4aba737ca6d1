package vn.newsarchive.admin.article;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything the archive stored for one article, read back from the tables as text (ids
 * left out), so that two ways of storing the same article can be compared whole.
 */
final class StoredArticle {

	private StoredArticle() {
	}

	static String of(JdbcTemplate jdbc, long id) {
		StringBuilder text = new StringBuilder();
		add(text, jdbc, "select title, slug, lead, body, published_at, published_precision, published_inferred, source,"
				+ " content_hash from article where id = ?", id);
		add(text, jdbc, "select name from article_author where article_id = ? order by position", id);
		add(text, jdbc, "select text, credit from article_caption where article_id = ? order by position", id);
		add(text, jdbc, "select title from article_related_title where article_id = ? order by position", id);
		add(text, jdbc, "select p.name, p.name_key, p.slug, m.titles, m.mention_order from article_person m"
				+ " join person p on p.id = m.person_id where m.article_id = ? order by m.mention_order", id);
		add(text, jdbc, "select p.name, h.title, h.as_of, h.as_of_precision, h.as_of_inferred from position_held h"
				+ " join person p on p.id = h.person_id where h.article_id = ? order by p.name, h.title", id);
		add(text, jdbc,
				"select r.kind, r.type_code, r.number, r.issuer, r.code, r.term, r.issued_on, r.plenum, r.title,"
						+ " r.slug from article_resolution ar join resolution r on r.id = ar.resolution_id"
						+ " where ar.article_id = ? order by r.kind, r.number, r.term",
				id);
		add(text, jdbc, "select kind, title, held_on, held_precision, held_inferred, place, organizer, delegation,"
				+ " delegation_number, slug from meeting where article_id = ? order by id", id);
		add(text, jdbc, "select p.name, mp.role from meeting_participant mp join meeting m on m.id = mp.meeting_id"
				+ " join person p on p.id = mp.person_id where m.article_id = ? order by p.name, mp.role", id);
		add(text, jdbc, "select r.code, r.number from meeting_resolution mr join meeting m on m.id = mr.meeting_id"
				+ " join resolution r on r.id = mr.resolution_id where m.article_id = ? order by r.number", id);
		return text.toString();
	}

	private static void add(StringBuilder text, JdbcTemplate jdbc, String sql, long id) {
		List<String> rows = jdbc.query(sql, (row, i) -> {
			StringBuilder line = new StringBuilder();
			for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
				line.append(row.getMetaData().getColumnName(column))
					.append('=')
					.append(row.getString(column))
					.append(' ');
			}
			return line.toString();
		}, id);
		text.append(sql, 0, Math.min(sql.length(), 40)).append('\n');
		rows.forEach((row) -> text.append("  ").append(row).append('\n'));
	}

}
