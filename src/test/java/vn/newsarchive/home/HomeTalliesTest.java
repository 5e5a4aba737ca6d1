package vn.newsarchive.home;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's counts, top lists and monthly chart come from tallies kept on write by
 * the database's triggers: after an import, an edit of a date, a merge and a delete they
 * still equal what counting every row gives.
 */
class HomeTalliesTest extends ImportedSeedsWebTest {

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theHomePageAgreesWithTheRowsAfterAnImportAnEditAMergeAndADelete() {
		assertTheHomePageCountsTheRows();
		assertThat(shownCounts()).containsExactly("5", "5", "4", "5");

		long mai = this.jdbc.queryForObject("select id from article where title like 'Trưởng ban Dân vận%'",
				Long.class);
		write("update article set published_at = timestamp '2016-02-03 10:00' where id = " + mai);
		assertTheHomePageCountsTheRows();
		assertThat(shownMonths()).containsKey("2/2016");

		long minh = this.jdbc.queryForObject("select id from person where name = 'Phạm Bình Minh'", Long.class);
		long son = this.jdbc.queryForObject("select id from person where name = 'Bùi Thanh Sơn'", Long.class);
		write("delete from article_person o using article_person k where o.person_id = " + son + " and k.person_id = "
				+ minh + " and o.article_id = k.article_id");
		write("update article_person set person_id = " + minh + " where person_id = " + son);
		write("delete from person where id = " + son);
		assertTheHomePageCountsTheRows();

		write("delete from article where id = " + mai);
		assertTheHomePageCountsTheRows();
		assertThat(shownCounts()).containsExactly("4", "4", "4", "4");
		assertThat(shownMonths()).doesNotContainKey("2/2016");
	}

	private void write(String sql) {
		this.transactions.executeWithoutResult((status) -> this.jdbc.update(sql));
	}

	private void assertTheHomePageCountsTheRows() {
		Document home = this.client.page("/");
		assertThat(home.select(".counts strong").eachText()).containsExactly(count("article"), count("person"),
				count("resolution"), count("meeting"));
		assertThat(shownMonths()).isEqualTo(countedMonths());
		List<String> topPersons = this.jdbc.queryForList(
				"select p.name from article_person ap join person p"
						+ " on p.id = ap.person_id group by p.id, p.name order by count(*) desc, p.id limit 8",
				String.class);
		assertThat(home.select(".bars a").eachText()).isEqualTo(topPersons);
		List<String> topCounts = this.jdbc.queryForList("select count(*)::text from article_person"
				+ " group by person_id order by count(*) desc, person_id limit 8", String.class);
		assertThat(home.select(".bars .bar-count").eachText()).isEqualTo(topCounts);
		List<String> topDocuments = this.jdbc.queryForList("select count(*)::text from article_resolution"
				+ " group by resolution_id order by count(*) desc, resolution_id limit 8", String.class);
		assertThat(home.select(".sidebar .plain-list li").eachText()).hasSameSizeAs(topDocuments);
	}

	private List<String> shownCounts() {
		return this.client.page("/").select(".counts strong").eachText();
	}

	/** The monthly chart's columns that count articles, as "month/year" to count. */
	private Map<String, Long> shownMonths() {
		Map<String, Long> months = new TreeMap<>();
		for (String title : this.client.page("/").select("figure.chart-figure svg rect title").eachText()) {
			String[] parts = title.split(": ");
			if (Long.parseLong(parts[1]) > 0) {
				months.put(parts[0], Long.parseLong(parts[1]));
			}
		}
		return months;
	}

	private Map<String, Long> countedMonths() {
		Map<String, Long> months = new TreeMap<>();
		this.jdbc.query("select extract(month from published_at)::int || '/' || extract(year from published_at)::int,"
				+ " count(*) from article where published_at is not null and published_precision <> 'YEAR' group by 1",
				(row) -> {
					months.put(row.getString(1), row.getLong(2));
				});
		return months;
	}

	private String count(String table) {
		return String.valueOf(this.jdbc.queryForObject("select count(*) from " + table, Long.class));
	}

}
