package vn.newsarchive.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/** The small records the data API nests, each read from one row. */
final class ApiRows {

	/** Columns of {@code article a} for {@link #article}. */
	static final String ARTICLE = "a.id, a.title, a.slug, a.published_at, a.published_precision,"
			+ " a.published_inferred, a.source";

	/** Columns of {@code resolution r} for {@link #document}. */
	static final String DOCUMENT = "r.id, r.kind, r.code, r.number, r.issuer, r.term, r.issued_on, r.slug";

	/** Columns of {@code meeting m} for {@link #meeting}. */
	static final String MEETING = "m.id, m.kind, m.title, m.held_on, m.held_precision, m.held_inferred, m.slug";

	private ApiRows() {
	}

	/** An article as lists show it. */
	record ArticleRef(long id, String title, String url, ApiDate published, String source) {
	}

	/** A person with the titles one article gives them. */
	record PersonRef(long id, String name, String url, String titles) {
	}

	/** A document as an article or meeting cites it. */
	record DocumentRef(long id, String kind, String code, String number, String issuer, String term, String issuedOn,
			String url) {
	}

	/** A meeting as an article or document lists it. */
	record MeetingRef(long id, String kind, String title, ApiDate held, String url) {
	}

	static ArticleRef article(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new ArticleRef(id, rs.getString("title"), url(Permalinks.ARTICLE, id, rs, "title"),
				ApiDate.of(rs.getTimestamp("published_at"), rs.getString("published_precision"),
						rs.getBoolean("published_inferred")),
				rs.getString("source"));
	}

	static DocumentRef document(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		String label = Resolution.label(rs.getString("code"), rs.getString("kind"), rs.getString("number"));
		return new DocumentRef(id, rs.getString("kind"), rs.getString("code"), rs.getString("number"),
				rs.getString("issuer"), rs.getString("term"),
				(rs.getDate("issued_on") != null) ? rs.getDate("issued_on").toString() : null,
				Permalinks.of(Permalinks.RESOLUTION, id, Slugs.canonical(rs.getString("slug"), label)));
	}

	static MeetingRef meeting(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		String title = rs.getString("title");
		return new MeetingRef(id, rs.getString("kind"), title,
				ApiDate.of(rs.getDate("held_on"), rs.getString("held_precision"), rs.getBoolean("held_inferred")),
				Permalinks.of(Permalinks.MEETING, id,
						Slugs.canonical(rs.getString("slug"), (title != null) ? title : rs.getString("kind"))));
	}

	/** The documents a link table ties to one article or meeting, by date of issue. */
	static List<DocumentRef> documents(NamedParameterJdbcTemplate jdbc, String linkTable, String column, long id) {
		return jdbc.query(
				"select " + DOCUMENT + " from " + linkTable + " l join resolution r on r.id = l.resolution_id"
						+ " where l." + column + " = :id order by r.issued_on nulls last, r.id",
				Map.of("id", id), (rs, i) -> document(rs));
	}

	/** The canonical address of a record whose slug and label are in the row. */
	static String url(String prefix, long id, ResultSet rs, String labelColumn) throws SQLException {
		return Permalinks.of(prefix, id, Slugs.canonical(rs.getString("slug"), rs.getString(labelColumn)));
	}

}
