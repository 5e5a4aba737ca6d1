package vn.newsarchive.person;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's tenures are read from tallies kept on write by the database's triggers
 * (V16): after an import, an edit of a title, a merge and a delete, folded, they still
 * equal what counting every position title gives, spelling by spelling.
 */
class TenureTalliesTest extends ImportedSeedsWebTest {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ArchiveTallies tallies;

	@Test
	void theTalliesAgreeWithThePositionsAfterAnImportAnEditAMergeAndADelete() {
		assertThat(assertTheTalliesCountThePositions()).isNotEmpty();

		long first = this.jdbc.queryForObject("select min(id) from position_held", Long.class);
		write("update position_held set title = 'Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao' where id = "
				+ first);
		assertTheTalliesCountThePositions();

		long minh = this.jdbc.queryForObject("select id from person where name = 'Phạm Bình Minh'", Long.class);
		long son = this.jdbc.queryForObject("select id from person where name = 'Bùi Thanh Sơn'", Long.class);
		write("delete from position_held o using position_held k where o.person_id = " + son + " and k.person_id = "
				+ minh + " and o.title = k.title and coalesce(o.article_id, 0) = coalesce(k.article_id, 0)");
		write("update position_held set person_id = " + minh + " where person_id = " + son);
		assertTheTalliesCountThePositions();

		write("delete from position_held where id = " + first);
		write("delete from person where id = " + minh);
		assertTheTalliesCountThePositions();
	}

	private void write(String sql) {
		this.transactions.executeWithoutResult((status) -> this.jdbc.update(sql));
	}

	private List<Map<String, Object>> assertTheTalliesCountThePositions() {
		this.tallies.fold();
		List<Map<String, Object>> counted = this.jdbc
			.queryForList("select person_id, title_key, title, count(*) as n from position_title"
					+ " group by person_id, title_key, title order by person_id, title_key, title");
		assertThat(this.jdbc.queryForList("select person_id, title_key, title, n from tenure_tally where n > 0"
				+ " order by person_id, title_key, title"))
			.isEqualTo(counted);
		return counted;
	}

}
