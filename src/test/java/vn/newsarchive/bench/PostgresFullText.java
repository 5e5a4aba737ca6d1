package vn.newsarchive.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer: PostgreSQL's own full-text search as a careful team would set it up without
 * Lucene. A text search configuration that strips diacritics with {@code unaccent} (which
 * also folds đ to d), a stored tsvector of title (weight A), lead (B) and body (C), a GIN
 * index; queries through {@code websearch_to_tsquery} (quotes, -exclude, OR), ranked by
 * {@code ts_rank}, the first ten with a {@code ts_headline} snippet, plus a count.
 */
final class PostgresFullText {

	static final String CONFIGURATION = "vn_unaccent";

	private static final String TSVECTOR = "setweight(to_tsvector('" + CONFIGURATION + "', title), 'A')"
			+ " || setweight(to_tsvector('" + CONFIGURATION + "', coalesce(lead, '')), 'B')"
			+ " || setweight(to_tsvector('" + CONFIGURATION + "', body), 'C')";

	private static final String PERSON_FILTER = " AND EXISTS (SELECT 1 FROM article_person ap"
			+ " WHERE ap.article_id = a.id AND ap.person_id = ?)";

	private static final String DOCUMENT_FILTER = " AND EXISTS (SELECT 1 FROM article_resolution ar"
			+ " WHERE ar.article_id = a.id AND ar.resolution_id = ?)";

	private final Connection connection;

	private final Map<String, PreparedStatement> statements = new HashMap<>();

	PostgresFullText(Connection connection) {
		this.connection = connection;
	}

	/** What building the peer's index cost. */
	record Build(double columnSeconds, double indexSeconds, long columnBytes, long indexBytes) {

	}

	Build build() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("SET maintenance_work_mem = '512MB'");
			try {
				statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
			}
			catch (SQLException ex) {
				throw new SQLException("the unaccent extension is not available on this PostgreSQL"
						+ " (Debian: it ships with postgresql-15, contrib)", ex);
			}
			statement.execute("CREATE TEXT SEARCH CONFIGURATION " + CONFIGURATION + " (COPY = simple)");
			statement.execute("ALTER TEXT SEARCH CONFIGURATION " + CONFIGURATION
					+ " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple");
			long start = System.nanoTime();
			statement
				.execute("ALTER TABLE article ADD COLUMN fts tsvector GENERATED ALWAYS AS (" + TSVECTOR + ") STORED");
			long column = System.nanoTime();
			statement.execute("CREATE INDEX ix_article_fts ON article USING gin (fts)");
			long index = System.nanoTime();
			statement.execute("VACUUM ANALYZE article");
			return new Build((column - start) / 1e9, (index - column) / 1e9,
					longValue(statement, "SELECT sum(pg_column_size(fts)) FROM article"),
					longValue(statement, "SELECT pg_relation_size('ix_article_fts')"));
		}
	}

	EngineResult search(ResolvedQuery query) throws SQLException {
		String filters = ((query.person() != null) ? PERSON_FILTER : "")
				+ ((query.document() != null) ? DOCUMENT_FILTER : "");
		List<Long> ids = new ArrayList<>();
		PreparedStatement page = statement("SELECT a.id, a.title, a.published_at, a.source," + " ts_headline('"
				+ CONFIGURATION + "', a.body, top.q, 'MaxFragments=1, MinWords=15, MaxWords=35')"
				+ " FROM (SELECT a.id, q, ts_rank(a.fts, q) AS rank FROM article a, websearch_to_tsquery('"
				+ CONFIGURATION + "', ?) q WHERE a.fts @@ q" + filters + " ORDER BY rank DESC, a.id LIMIT 10) top"
				+ " JOIN article a ON a.id = top.id ORDER BY top.rank DESC, top.id");
		bind(page, query);
		try (ResultSet rows = page.executeQuery()) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
				rows.getString(5);
			}
		}
		PreparedStatement count = statement("SELECT count(*) FROM article a, websearch_to_tsquery('" + CONFIGURATION
				+ "', ?) q WHERE a.fts @@ q" + filters);
		bind(count, query);
		try (ResultSet rows = count.executeQuery()) {
			rows.next();
			return new EngineResult(rows.getLong(1), ids);
		}
	}

	private PreparedStatement statement(String sql) throws SQLException {
		PreparedStatement statement = this.statements.get(sql);
		if (statement == null) {
			statement = this.connection.prepareStatement(sql);
			this.statements.put(sql, statement);
		}
		return statement;
	}

	private static void bind(PreparedStatement statement, ResolvedQuery query) throws SQLException {
		int index = 1;
		statement.setString(index++, query.text());
		if (query.person() != null) {
			statement.setLong(index++, query.person());
		}
		if (query.document() != null) {
			statement.setLong(index, query.document());
		}
	}

	private static long longValue(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
