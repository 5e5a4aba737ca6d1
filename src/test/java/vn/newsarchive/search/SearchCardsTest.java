package vn.newsarchive.search;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query that names a person or a document gets its card above the results (issue 16):
 * the name, the latest title or the issuer and date, the counts and the link.
 */
class SearchCardsTest extends ImportedSeedsWebTest {

	@Test
	void aQueryNamingAPersonInFullShowsTheirCard() {
		Document page = this.client.page("/search?q=truong+thi+mai");
		Element card = page.selectFirst(".search-cards .person-card");
		assertThat(card.selectFirst("h2 a").text()).isEqualTo("Trương Thị Mai");
		assertThat(card.selectFirst("h2 a").attr("href")).isEqualTo(path("person", "name", "Trương Thị Mai"));
		assertThat(card.selectFirst(".card-detail").text()).contains("Trưởng ban Dân vận Trung ương");
		long articles = this.jdbc.queryForObject("select count(distinct ap.article_id) from article_person ap"
				+ " join person p on p.id = ap.person_id where p.name = 'Trương Thị Mai'", Long.class);
		assertThat(card.select(".meta").text()).contains(articles + " bài viết");
		assertThat(page.select(".search-cards .document-card")).isEmpty();
	}

	@Test
	void aQueryNamingADocumentShowsItsCardWithIssuerAndDate() {
		Element card = this.client.page("/search?q=" + SearchApiTest.encode("nghị quyết 26-NQ/TW"))
			.selectFirst(".search-cards .document-card");
		assertThat(card.selectFirst("h2 a").text()).contains("26-NQ/TW");
		assertThat(card.select(".meta").text()).contains("Ban Chấp hành Trung ương", "19/05/2018", "1 bài viết");
		Element english = this.client.page("/search?q=26-NQ%2FTW&lang=en").selectFirst(".document-card");
		assertThat(english.select(".meta").text()).contains("19 May 2018", "1 article");
	}

	@Test
	void aQueryThatOnlyTouchesANameShowsNoCard() {
		Document page = this.client.page("/search?q=mai");
		assertThat(page.select(".search-cards")).isEmpty();
		assertThat(page.select(".search-hits li")).isNotEmpty();
	}

}
