package vn.newsarchive.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.newsarchive.testdata.BulkFixture;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No answer of the data API reads row by row: each needs a few SQL statements, exactly as
 * many over 35 articles as over 125.
 */
@Import(StatementCounter.class)
class ApiQueryCountTest extends SeededWebTest {

	static final int MAX_STATEMENTS = 8;

	@Autowired
	StatementCounter statements;

	private List<String> addresses() {
		Long meeting = this.jdbc.queryForObject("select min(id) from meeting", Long.class);
		return List.of("/api/v1/articles", "/api/v1/articles?page=2", "/api/v1/articles/" + this.seeds.maiArticle(),
				"/api/v1/persons/" + this.seeds.minh(), "/api/v1/persons/" + this.seeds.son(),
				"/api/v1/persons/" + this.seeds.minh() + "/tenures.csv", "/api/v1/documents/" + this.seeds.nq26(),
				"/api/v1/documents/" + this.seeds.nq26() + "/articles.csv", "/api/v1/meetings/" + meeting,
				"/api/v1/export/popolo.json");
	}

	private Map<String, Long> statementsPerAnswer() throws Exception {
		ApiClient api = new ApiClient(this.port);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String address : addresses()) {
			this.statements.clear();
			assertThat(api.get(address).statusCode()).as(address).isEqualTo(200);
			counts.put(address, this.statements.count());
		}
		return counts;
	}

	@Test
	void everyAnswerNeedsAFewStatementsHoweverLargeTheArchive() throws Exception {
		BulkFixture.add(this.archive, this.seeds, 30);
		Map<String, Long> small = statementsPerAnswer();
		BulkFixture.add(this.archive, this.seeds, 90);
		Map<String, Long> large = statementsPerAnswer();
		assertThat(large)
			.allSatisfy((address, count) -> assertThat(count).as(address).isBetween(1L, (long) MAX_STATEMENTS));
		assertThat(large).as("statements per answer, 35 vs 125 articles").isEqualTo(small);
	}

}
