package vn.newsarchive.history;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.newsarchive.article.Article;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.person.Person;

/**
 * The links of a record that existed before this transaction, read from the database
 * after the flush: the entities' inverse collections may be stale when a service saved a
 * link row without adding it to them.
 */
final class StoredLinks implements Links {

	private final Connection connection;

	StoredLinks(Connection connection) {
		this.connection = connection;
	}

	@Override
	public List<Map<String, Object>> mentions(Article article) {
		return query(
				"select ap.person_id, p.name, ap.titles from article_person ap join person p on p.id = ap.person_id"
						+ " where ap.article_id = ? order by ap.mention_order, ap.id",
				article.getId(), (rs) -> Snapshots.mention(rs.getLong(1), rs.getString(2), rs.getString(3)));
	}

	@Override
	public List<Map<String, Object>> positions(Person person) {
		return query("select title, as_of, as_of_precision, as_of_inferred, article_id from position_held"
				+ " where person_id = ? order by as_of nulls last, id", person.getId(), (rs) -> {
					Date asOf = rs.getDate(2);
					String precision = rs.getString(3);
					return Snapshots.position(rs.getString(1), (asOf != null) ? asOf.toLocalDate() : null,
							(precision != null) ? DatePrecision.valueOf(precision) : null, rs.getBoolean(4),
							rs.getObject(5, Long.class));
				});
	}

	@Override
	public List<Map<String, Object>> participants(Meeting meeting) {
		return query(
				"select mp.person_id, p.name, mp.role from meeting_participant mp"
						+ " join person p on p.id = mp.person_id where mp.meeting_id = ? order by mp.id",
				meeting.getId(), (rs) -> Snapshots.participant(rs.getLong(1), rs.getString(2), rs.getString(3)));
	}

	private List<Map<String, Object>> query(String sql, long id, Row row) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setLong(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				List<Map<String, Object>> rows = new ArrayList<>();
				while (rs.next()) {
					rows.add(row.read(rs));
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("reading the links of a revised record failed", ex);
		}
	}

	private interface Row {

		Map<String, Object> read(ResultSet rs) throws SQLException;

	}

}
