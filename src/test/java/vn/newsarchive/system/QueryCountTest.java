package vn.newsarchive.system;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.newsarchive.testdata.BulkFixture;
import vn.newsarchive.testdata.SeededWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page loads row by row: each answers with at most {@value #MAX_STATEMENTS} SQL
 * statements, and with exactly as many over an archive of 35 articles as over one of 125.
 * (Both sizes need more than one page of every list, so paged lists run their count query
 * in both.)
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class QueryCountTest extends SeededWebTest {

	static final int MAX_STATEMENTS = 10;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private List<String> pages() {
		return List.of("/", "/bai-viet", "/bai-viet?year=2019&source=TGVN&sort=oldest",
				path("article", this.seeds.maiArticle()), path("article", this.seeds.reviewArticle()),
				path("person", this.seeds.minh()), path("person", this.seeds.son()),
				path("resolution", this.seeds.nq26()), path("meeting", this.seeds.inspection1150()), "/nhan-vat",
				"/nhan-vat?sort=count&q=minh", "/van-kien", "/van-kien?sort=count&term=XII", "/su-kien",
				"/su-kien?year=2019&sort=oldest", "/feed.atom", "/sitemap.xml", "/sitemap/bai-viet-0.xml");
	}

	private Map<String, Long> statementsPerPage() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : pages()) {
			statistics.clear();
			HttpResponse<String> response = this.client.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			counts.put(page, statistics.getPrepareStatementCount());
		}
		return counts;
	}

	@Test
	void everyPageNeedsAFewStatementsHoweverLargeTheArchive() {
		BulkFixture.add(this.archive, this.seeds, 30);
		Map<String, Long> small = statementsPerPage();
		BulkFixture.add(this.archive, this.seeds, 90);
		Map<String, Long> large = statementsPerPage();
		assertThat(large).allSatisfy((page, count) -> assertThat(count).as(page).isBetween(1L, (long) MAX_STATEMENTS));
		assertThat(large).as("statements per page, 35 vs 125 articles").isEqualTo(small);
	}

	@Test
	void theBulkArchiveReallyIsLarger() {
		BulkFixture.add(this.archive, this.seeds, 60);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(65);
		String minh = path("person", this.seeds.minh());
		assertThat(this.client.page(minh).select(".article-list li")).hasSize(20);
		assertThat(this.client.page(minh).select(".pager a[rel=next]").first().attr("href"))
			.isEqualTo(minh + "?page=1");
		assertThat(this.client.page("/bai-viet").select(".article-list li")).hasSize(20);
		assertThat(this.client.page("/bai-viet").select(".pager a[rel=next]").attr("href"))
			.isEqualTo("/bai-viet?page=1");
	}

}
