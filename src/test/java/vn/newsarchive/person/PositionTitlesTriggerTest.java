package vn.newsarchive.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V18 computes each title's key once and deletes a position's titles only on update: the
 * position titles and the tenure tallies it leaves are exactly those V8's trigger left,
 * for the seeds' positions stored again, chains spelled oddly (NFD, runs of spaces, tabs,
 * empty parts, trailing punctuation) and edits, merges and deletes of positions. Each
 * side runs in a transaction that is rolled back, V8's trigger put back inside its own.
 */
class PositionTitlesTriggerTest extends ImportedSeedsWebTest {

	/** V8's trigger function, as it was until V18. */
	private static final String V8_TRIGGER = """
			CREATE OR REPLACE FUNCTION archive_position_titles() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
			    DELETE FROM position_title WHERE position_id = NEW.id;
			    INSERT INTO position_title (position_id, ordinal, person_id, title, title_key, as_of, as_of_precision,
			            as_of_inferred, article_id)
			    SELECT NEW.id, t.ordinal, NEW.person_id, regexp_replace(btrim(normalize(t.title, NFC)), '\\s+', ' ', 'g'), archive_title_key(t.title), NEW.as_of,
			           NEW.as_of_precision, NEW.as_of_inferred, NEW.article_id
			    FROM unnest(string_to_array(NEW.title, ',')) WITH ORDINALITY AS t (title, ordinal)
			    WHERE archive_title_key(t.title) <> '';
			    RETURN NULL;
			END
			$$""";

	private static final List<String> ODD_CHAINS = List.of("Phó Thủ tướng Chính phủ,  Bộ trưởng Bộ Ngoại giao.",
			Normalizer.normalize("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", Normalizer.Form.NFD),
			" ,Bí thư Tỉnh ủy ,, ", "Thứ trưởng Thường trực Bộ Công an;\tPhó Bí thư", "...", "Chủ tịch  nước\n",
			"UỶ VIÊN TRUNG ƯƠNG ĐẢNG, Hòa giải viên, Thủ tướng Chính phủ",
			"Bộ trưởng Bộ Y tế:, Thứ trưởng Bộ Tài chính");

	@Autowired
	TransactionTemplate transactions;

	@Test
	void v18LeavesTheRowsV8Left() {
		List<Map<String, Object>> positions = this.jdbc
			.queryForList("select person_id, title, as_of, as_of_precision, as_of_inferred, article_id"
					+ " from position_held order by id");
		assertThat(positions).as("the seeds' positions").hasSizeGreaterThan(5);

		Dump v8 = run(positions, true);
		Dump v18 = run(positions, false);

		assertThat(v8.titles()).as("position titles").hasSizeGreaterThan(positions.size());
		assertThat(v18.titles()).isEqualTo(v8.titles());
		assertThat(v18.tallies()).isEqualTo(v8.tallies());
		assertThat(v18.tallies()).anySatisfy((tally) -> assertThat(((Number) tally.get("n")).longValue()).isZero());
	}

	private Dump run(List<Map<String, Object>> seeded, boolean v8) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			if (v8) {
				this.jdbc.execute(V8_TRIGGER);
			}
			long merged = person("Người Gộp Thử");
			long removed = person("Người Xóa Thử");
			this.jdbc.update("delete from position_held");
			List<Long> ids = new ArrayList<>();
			for (Map<String, Object> p : seeded) {
				ids.add(insert((Long) p.get("person_id"), (String) p.get("title"), p.get("as_of"),
						p.get("as_of_precision"), (Boolean) p.get("as_of_inferred"), p.get("article_id")));
			}
			List<Long> odd = new ArrayList<>();
			for (String chain : ODD_CHAINS) {
				odd.add(insert(merged, chain, java.sql.Date.valueOf("2020-05-01"), "DAY", false, null));
				odd.add(insert(removed, chain, null, null, true, seeded.get(0).get("article_id")));
			}
			// edits: a chain rewritten (to an odd one, and to the same), a date changed,
			// an
			// article dropped, a no-op update, positions moved to another person, deleted
			this.jdbc.update("update position_held set title = ? where id = ?", ODD_CHAINS.get(1), ids.get(0));
			this.jdbc.update("update position_held set title = title || ', Phó Thủ tướng Chính phủ' where id = ?",
					ids.get(1));
			this.jdbc.update(
					"update position_held set as_of = date '2001-02-03', as_of_precision = 'MONTH'" + " where id = ?",
					ids.get(2));
			this.jdbc.update("update position_held set article_id = null where id = ?", ids.get(3));
			this.jdbc.update("update position_held set title = title where id = ?", ids.get(4));
			this.jdbc.update("update position_held set person_id = ? where id in (?, ?)",
					seeded.get(0).get("person_id"), odd.get(0), odd.get(2));
			this.jdbc.update("delete from position_held where id = ? or id = ?", ids.get(5), odd.get(6));
			this.jdbc.update("delete from person where id = ?", removed);
			return dump();
		});
	}

	private long person(String name) {
		return this.jdbc.queryForObject("insert into person (name, name_key, slug) values (?, ?, ?) returning id",
				Long.class, name, name.toLowerCase(java.util.Locale.ROOT), "thu");
	}

	private long insert(Long person, String title, Object asOf, Object precision, Boolean inferred, Object article) {
		return this.jdbc.queryForObject(
				"insert into position_held (person_id, title, as_of, as_of_precision,"
						+ " as_of_inferred, article_id) values (?, ?, ?, ?, ?, ?) returning id",
				Long.class, person, title, asOf, precision, inferred, article);
	}

	/**
	 * The titles by their position's natural key, persons by name (ids differ between the
	 * two sides), and the tallies with the changes not yet folded added in.
	 */
	private Dump dump() {
		List<Map<String, Object>> titles = this.jdbc.queryForList("""
				select hp.name as position_person, h.title as chain, coalesce(h.article_id, 0) as position_article,
				       t.ordinal, tp.name as person, t.title, t.title_key, t.as_of, t.as_of_precision, t.as_of_inferred,
				       t.article_id
				from position_title t join position_held h on h.id = t.position_id
				     join person hp on hp.id = h.person_id join person tp on tp.id = t.person_id
				order by 1, 2, 3, 4""");
		List<Map<String, Object>> tallies = this.jdbc.queryForList("""
				select coalesce(p.name, '-') as person, c.title_key, c.title, sum(c.n) as n
				from (select person_id, title_key, title, n from tenure_tally
				      union all select person_id, title_key, title, delta from tenure_tally_change) c
				     left join person p on p.id = c.person_id
				group by 1, 2, 3 order by 1, 2, 3""");
		return new Dump(titles, tallies);
	}

	private record Dump(List<Map<String, Object>> titles, List<Map<String, Object>> tallies) {
	}

}
