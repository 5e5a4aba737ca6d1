package vn.newsarchive.search;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.newsarchive.api.StatementCounter;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search is answered from the index: once the names of its facets' persons and
 * documents are known, the search page and the JSON API ask the database nothing, unless
 * the query names a person in full or a document (their cards hold counts and titles). A
 * round trip per search was a fixed cost that does not scale with the hits.
 */
@Import(StatementCounter.class)
class SearchStatementsTest extends ImportedSeedsWebTest {

	@Autowired
	StatementCounter statements;

	@Test
	void aSearchNamingNoOneAsksTheDatabaseNothingOnceItsLabelsAreKnown() {
		// "mai" and "thi" touch Trương Thị Mai's name without naming her: she is a
		// candidate for a card, and gets none
		for (String address : List.of("/search?q=mai", "/search?q=thi+mai+ngoai+giao", "/search?q=cong+tac+can+bo",
				"/search?q=mai&page=1", "/api/search?q=mai", "/api/search?q=bo+ngoai+giao")) {
			assertThat(get(address).statusCode()).as(address).isEqualTo(200);
			this.statements.clear();
			assertThat(get(address).statusCode()).as(address).isEqualTo(200);
			assertThat(unlessFolding(this.statements.statements())).as(address).isEmpty();
		}
	}

	@Test
	void aQueryNamingAPersonOrADocumentReadsTheirCardFromTheDatabase() {
		for (String address : List.of("/search?q=truong+thi+mai", "/search?q=26-NQ%2FTW")) {
			this.client.get(address);
			this.statements.clear();
			assertThat(this.client.page(address).select(".search-cards h2 a")).as(address).isNotEmpty();
			assertThat(unlessFolding(this.statements.statements())).as(address).isNotEmpty();
		}
	}

	/** The page, or the API's JSON. */
	private HttpResponse<String> get(String address) {
		return address.startsWith("/api/") ? this.client.get(address, "Accept", "application/json")
				: this.client.get(address);
	}

	/** Leaves out the tallies' check for changes to fold, which also runs every 2 s. */
	private static List<String> unlessFolding(List<String> statements) {
		return statements.stream().filter((sql) -> !sql.contains("archive_tally_change")).toList();
	}

}
