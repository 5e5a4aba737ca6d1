package vn.newsarchive.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.system.Slugs;

/**
 * Writes a synthetic corpus straight into the archive's tables with JDBC batches (the
 * connection should have {@code reWriteBatchedInserts=true}): persons, documents,
 * articles with their captions, and the article-person and article-document links that
 * the search mapping follows. Ids are the corpus's own; the sequences are moved past
 * them.
 */
final class CorpusLoader {

	private static final int BATCH = 500;

	private final Connection connection;

	CorpusLoader(Connection connection) {
		this.connection = connection;
	}

	void load(SyntheticCorpus corpus, int articles) throws SQLException {
		this.connection.setAutoCommit(false);
		persons(corpus);
		documents(corpus);
		try (PreparedStatement article = this.connection.prepareStatement(
				"INSERT INTO article (id, title, slug, lead, body, published_at, published_precision, source,"
						+ " content_hash, file_name) VALUES (?, ?, ?, ?, ?, ?, 'MINUTE', ?, ?, ?)");
				PreparedStatement caption = this.connection
					.prepareStatement("INSERT INTO article_caption (article_id, position, text) VALUES (?, ?, ?)");
				PreparedStatement person = this.connection.prepareStatement(
						"INSERT INTO article_person (article_id, person_id, titles, mention_order) VALUES (?, ?, ?, ?)");
				PreparedStatement document = this.connection
					.prepareStatement("INSERT INTO article_resolution (article_id, resolution_id) VALUES (?, ?)")) {
			for (long id = 1; id <= articles; id++) {
				SyntheticArticle a = corpus.article(id);
				article.setLong(1, id);
				article.setString(2, a.title());
				article.setString(3, Slugs.of(a.title()));
				article.setString(4, a.lead());
				article.setString(5, a.body());
				article.setTimestamp(6, Timestamp.valueOf(a.publishedAt()));
				article.setString(7, a.source());
				article.setString(8, "synthetic-" + id);
				article.setString(9, "synthetic/" + id + ".txt");
				article.addBatch();
				for (int i = 0; i < a.captions().size(); i++) {
					caption.setLong(1, id);
					caption.setInt(2, i);
					caption.setString(3, a.captions().get(i));
					caption.addBatch();
				}
				for (int i = 0; i < a.persons().size(); i++) {
					person.setLong(1, id);
					person.setLong(2, a.persons().get(i).personId());
					person.setString(3, a.persons().get(i).titles());
					person.setInt(4, i);
					person.addBatch();
				}
				for (long documentId : a.documentIds()) {
					document.setLong(1, id);
					document.setLong(2, documentId);
					document.addBatch();
				}
				if (id % BATCH == 0 || id == articles) {
					article.executeBatch();
					caption.executeBatch();
					person.executeBatch();
					document.executeBatch();
					this.connection.commit();
				}
			}
		}
		try (Statement statement = this.connection.createStatement()) {
			for (String table : new String[] { "article", "person", "resolution", "article_person" }) {
				statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM "
						+ table + "))");
			}
			this.connection.commit();
			this.connection.setAutoCommit(true);
			statement.execute("VACUUM ANALYZE");
		}
	}

	private void persons(SyntheticCorpus corpus) throws SQLException {
		try (PreparedStatement insert = this.connection
			.prepareStatement("INSERT INTO person (id, name, name_key, slug) VALUES (?, ?, ?, ?)")) {
			for (SyntheticPerson person : corpus.persons()) {
				insert.setLong(1, person.id());
				insert.setString(2, person.name());
				insert.setString(3, VietnameseText.personKey(person.name()));
				insert.setString(4, Slugs.of(person.name()));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private void documents(SyntheticCorpus corpus) throws SQLException {
		try (PreparedStatement insert = this.connection.prepareStatement(
				"INSERT INTO resolution (id, kind, type_code, number, issuer, code, term, issued_on, title,"
						+ " slug) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (SyntheticDocument d : corpus.documents()) {
				insert.setLong(1, d.id());
				insert.setString(2, d.kind());
				insert.setString(3, d.typeCode());
				insert.setString(4, d.number());
				insert.setString(5, d.issuer());
				insert.setString(6, d.code());
				insert.setString(7, d.term());
				insert.setDate(8, Date.valueOf(d.issuedOn()));
				insert.setString(9, d.title());
				insert.setString(10, Slugs.of(d.code() + " " + d.term()));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
