package vn.newsarchive.history;

import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds as the importer stores them: every article, person, document and meeting it
 * created has exactly one revision, its first, by "importer", and nothing else was
 * revised (persons named again gain positions through the article's own revision).
 */
class ImportedRevisionsTest extends ImportedSeedsWebTest {

	@Test
	void everyImportedRecordHasOneFirstRevisionByTheImporter() {
		for (String table : new String[] { "article", "person", "resolution", "meeting" }) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from " + table + " t where (select count(*)"
							+ " from revision r where r.record_kind = ? and r.record_id = t.id) <> 1",
					Long.class, table.toUpperCase(java.util.Locale.ROOT)))
				.as(table + " records without exactly one revision")
				.isZero();
		}
		assertThat(this.jdbc.queryForList("select distinct action || ' ' || author from revision", String.class))
			.containsExactly("CREATE importer");
	}

	@Test
	void anImportedArticlesRevisionHoldsItsPersonsDocumentsAndTexts() {
		long id = this.jdbc
			.queryForObject("select a.id from article a join article_resolution ar on ar.article_id = a.id"
					+ " join article_person ap on ap.article_id = a.id order by a.id limit 1", Long.class);
		String snapshot = this.jdbc.queryForObject(
				"select snapshot::text from revision where record_kind = 'ARTICLE' and record_id = ?", String.class,
				id);
		String firstPerson = this.jdbc.queryForObject(
				"select p.name from article_person ap join person p"
						+ " on p.id = ap.person_id where ap.article_id = ? order by ap.mention_order limit 1",
				String.class, id);
		assertThat(snapshot).startsWith("{\"title\":")
			.contains("\"paragraphs\":[")
			.contains("\"name\":\"" + firstPerson + "\"")
			.contains("\"documents\":[{\"id\":");
	}

}
