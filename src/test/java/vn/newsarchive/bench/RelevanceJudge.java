package vn.newsarchive.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import vn.newsarchive.kernel.VietnameseText;

/**
 * Judges a first page by what the search indexes of each hit (title, lead, body,
 * captions, persons' names, documents' codes and titles): a hit is relevant when that
 * holds one of the query's relevant words as spelled with diacritics (NFC, either tone
 * placement, any case). This is what the two engines are told apart by when both find
 * something: whether the article with the exact spelling comes first.
 */
final class RelevanceJudge {

	private final PreparedStatement text;

	RelevanceJudge(Connection connection) throws SQLException {
		this.text = connection.prepareStatement("SELECT title || ' ' || coalesce(lead, '') || ' ' || body"
				+ " || ' ' || coalesce((SELECT string_agg(p.name, ' ') FROM article_person ap"
				+ " JOIN person p ON p.id = ap.person_id WHERE ap.article_id = a.id), '')"
				+ " || ' ' || coalesce((SELECT string_agg(r.code || ' ' || coalesce(r.title, ''), ' ')"
				+ " FROM article_resolution ar JOIN resolution r ON r.id = ar.resolution_id"
				+ " WHERE ar.article_id = a.id), '')"
				+ " || ' ' || coalesce((SELECT string_agg(c.text, ' ') FROM article_caption c"
				+ " WHERE c.article_id = a.id), '') FROM article a WHERE id = ?");
	}

	/** One flag per hit, in rank order. */
	boolean[] judge(BenchQuery query, List<Long> ids) throws SQLException {
		boolean[] relevant = new boolean[ids.size()];
		for (int i = 0; i < ids.size(); i++) {
			this.text.setLong(1, ids.get(i));
			try (ResultSet rows = this.text.executeQuery()) {
				relevant[i] = rows.next() && holds(normalise(rows.getString(1)), query.relevant());
			}
		}
		return relevant;
	}

	private static boolean holds(String text, String alternatives) {
		for (String words : alternatives.split("\\|")) {
			if (text.contains(normalise(words))) {
				return true;
			}
		}
		return false;
	}

	private static String normalise(String text) {
		return VietnameseText.normaliseTones(text).toLowerCase(Locale.ROOT);
	}

}
