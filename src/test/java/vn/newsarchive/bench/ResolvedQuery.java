package vn.newsarchive.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A query of the mix with its filters turned into the ids the search page passes (a
 * person picked by name, a document by code and term), looked up once before timing.
 */
record ResolvedQuery(BenchQuery query, Long person, Long document) {

	String text() {
		return this.query.text();
	}

	static List<ResolvedQuery> all(List<BenchQuery> mix, Connection connection) throws SQLException {
		List<ResolvedQuery> resolved = new ArrayList<>();
		for (BenchQuery query : mix) {
			Long person = (query.person() != null)
					? id(connection, "SELECT id FROM person WHERE name = ?", query.person()) : null;
			Long document = (query.document() != null)
					? id(connection, "SELECT id FROM resolution WHERE code || ' ' || term = ?", query.document())
					: null;
			resolved.add(new ResolvedQuery(query, person, document));
		}
		return resolved;
	}

	private static Long id(Connection connection, String sql, String value) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, value);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("not in the corpus: " + value);
				}
				return rows.getLong(1);
			}
		}
	}

}
