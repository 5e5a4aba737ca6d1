package vn.newsarchive.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V19 writes the link tables' tally changes with static SQL instead of V6's and V7's
 * {@code EXECUTE format(...)}: the changes it appends are exactly those the old functions
 * appended, for links inserted (one row and many), moved by a merge, made copies of a
 * story and deleted, on all four link tables. Each side runs in a transaction that is
 * rolled back, the old functions (read from their migrations) put back inside their own.
 */
class LinkTallyTriggersTest extends ImportedSeedsWebTest {

	/** Where V6's archive_tally_links and V7's archive_tally_story_links were created. */
	private static final Map<String, String> OLD_FUNCTIONS = Map.of("archive_tally_links",
			"db/migration/V6__page_aggregates.sql", "archive_tally_story_links", "db/migration/V7__same_story.sql");

	/**
	 * The link tables, the column each counts by, and what the other column points at.
	 */
	private static final List<List<String>> LINKS = List.of(List.of("article_person", "person_id", "article_id"),
			List.of("article_resolution", "resolution_id", "article_id"),
			List.of("meeting_participant", "person_id", "meeting_id"),
			List.of("meeting_resolution", "resolution_id", "meeting_id"));

	@Autowired
	TransactionTemplate transactions;

	@Test
	void v19AppendsTheChangesTheOldFunctionsAppended() {
		List<Map<String, Object>> old = run(true);
		List<Map<String, Object>> v19 = run(false);

		assertThat(old).extracting((row) -> row.get("kind")).contains("mentions", "citations", "attended", "discussed");
		assertThat(old).anySatisfy((row) -> assertThat(((Number) row.get("delta")).longValue()).isNegative());
		assertThat(v19).isEqualTo(old);
	}

	private List<Map<String, Object>> run(boolean old) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			if (old) {
				OLD_FUNCTIONS.forEach((function, migration) -> this.jdbc.execute(asCreated(function, migration)));
			}
			this.jdbc.update("delete from archive_tally_change");
			for (List<String> link : LINKS) {
				String table = link.get(0);
				String counted = link.get(1);
				String record = link.get(2);
				// a merge: the last record's links move to the first where it has none
				this.jdbc.update("update " + table + " set " + counted + " = (select min(" + counted + ") from " + table
						+ ") where " + counted + " = (select max(" + counted + ") from " + table + ") and " + record
						+ " not in (select " + record + " from " + table + " where " + counted + " = (select min("
						+ counted + ") from " + table + "))");
				// an update that moves nothing
				this.jdbc.update("update " + table + " set " + counted + " = " + counted);
				// the links of one record deleted
				this.jdbc.update("delete from " + table + " where " + record + " = (select min(" + record + ") from "
						+ table + ")");
			}
			// one row, then every pair not linked yet
			insertLinks("limit 1");
			insertLinks("");
			// an article becomes a copy of another story: its links stop counting
			this.jdbc.update("update article set story_id = (select min(id) from article)"
					+ " where id = (select max(id) from article)");
			// an article deleted, its links with it
			this.jdbc.update("delete from article where id = (select max(id) from article where story_id is null)");
			return this.jdbc.queryForList("select kind, key, delta from archive_tally_change order by 1, 2, 3");
		});
	}

	/** The function as its migration created it, to replace the current one. */
	private static String asCreated(String function, String migration) {
		try (InputStream in = new ClassPathResource(migration).getInputStream()) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int start = sql.indexOf("CREATE FUNCTION " + function + "()");
			assertThat(start).as(function + " in " + migration).isNotNegative();
			int end = sql.indexOf("\n$$;", start);
			return sql.substring(start, end + 3).replaceFirst("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void insertLinks(String limit) {
		this.jdbc.update("insert into article_person (article_id, person_id, mention_order) select a.id, p.id, 9"
				+ " from article a cross join person p where not exists (select 1 from article_person x"
				+ " where x.article_id = a.id and x.person_id = p.id) order by 1, 2 " + limit);
		this.jdbc.update("insert into article_resolution (article_id, resolution_id) select a.id, r.id"
				+ " from article a cross join resolution r where not exists (select 1 from article_resolution x"
				+ " where x.article_id = a.id and x.resolution_id = r.id) order by 1, 2 " + limit);
		this.jdbc.update("insert into meeting_participant (meeting_id, person_id, role) select m.id, p.id,"
				+ " 'PARTICIPANT' from meeting m cross join person p where not exists (select 1"
				+ " from meeting_participant x where x.meeting_id = m.id and x.person_id = p.id) order by 1, 2 "
				+ limit);
		this.jdbc.update("insert into meeting_resolution (meeting_id, resolution_id) select m.id, r.id"
				+ " from meeting m cross join resolution r where not exists (select 1 from meeting_resolution x"
				+ " where x.meeting_id = m.id and x.resolution_id = r.id) order by 1, 2 " + limit);
	}

}
