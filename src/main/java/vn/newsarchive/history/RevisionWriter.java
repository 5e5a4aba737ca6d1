package vn.newsarchive.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.newsarchive.history.PendingRevisions.RevisionRow;

/** Writes a transaction's revisions as one batch (one multi-row insert). */
final class RevisionWriter {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final String INSERT = "insert into revision (record_kind, record_id, action, author, label, detail,"
			+ " snapshot) values (?, ?, ?, ?, ?, ?, cast(? as json))";

	private RevisionWriter() {
	}

	static void insert(Connection connection, List<RevisionRow> rows, String author) {
		if (rows.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			for (RevisionRow row : rows) {
				statement.setString(1, row.key().kind().name());
				statement.setLong(2, row.key().id());
				statement.setString(3, row.action().name());
				statement.setString(4, author);
				statement.setString(5, row.label());
				statement.setString(6, row.detail());
				statement.setString(7, JSON.writeValueAsString(row.snapshot()));
				statement.addBatch();
			}
			statement.executeBatch();
		}
		catch (SQLException | JsonProcessingException ex) {
			throw new IllegalStateException("recording the revisions failed", ex);
		}
	}

}
