package vn.newsarchive.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.RawHttp;
import vn.newsarchive.testdata.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failure 5: no rate limit anywhere, and a slow query ran as long as it took.
 * Each test is its own client, as the trusted local proxy reports it (X-Forwarded-For).
 */
@TestPropertySource(properties = { "archive.rate-limit.requests-per-minute=5", "archive.search.timeout=0ms" })
class RateLimitTest extends ImportedSeedsWebTest {

	@Test
	void aClientOverItsLimitGets429WithRetryAfterInItsLanguage() {
		String client = "198.51.100.1";
		for (int i = 0; i < 5; i++) {
			assertThat(search("/api/search?q=mai", client).status()).isNotEqualTo(429);
		}
		Answer api = search("/api/search?q=mai", client);
		assertThat(api.status()).isEqualTo(429);
		assertThat(Integer.parseInt(api.header("Retry-After"))).isBetween(1, 60);
		assertThat(api.body()).contains("\"problem\":\"TOO_MANY_REQUESTS\"").contains("thử lại sau");

		Answer page = search("/search?q=mai", client);
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.header("Retry-After")).isNotNull();
		assertThat(page.body()).contains("Quá nhiều yêu cầu").doesNotContain("Apache Tomcat");
		assertThat(search("/search/suggest?q=mai", client).status()).isEqualTo(429);

		assertThat(search("/", client).status()).as("pages are not limited").isEqualTo(200);
		assertThat(search("/api/search?q=mai", "198.51.100.2").status()).as("another client").isNotEqualTo(429);
	}

	@Test
	void aBrowserFollowingALimitedCsvLinkGetsThePageAndACsvClientASentence() {
		String client = "198.51.100.4";
		for (int i = 0; i < 5; i++) {
			RawHttp.get(this.port, "/api/search?q=mai", "X-Forwarded-For", client, "Accept", "application/json");
		}
		Answer browser = RawHttp.get(this.port, "/api/search.csv?q=mai", "X-Forwarded-For", client, "Accept",
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Cookie", "archive-lang=en");
		assertThat(browser.status()).isEqualTo(429);
		assertThat(browser.header("Content-Type")).startsWith("text/html");
		assertThat(browser.body()).contains("Too many requests").doesNotContain("TOO_MANY_REQUESTS");

		Answer csv = RawHttp.get(this.port, "/api/search.csv?q=mai", "X-Forwarded-For", client, "Accept", "text/csv");
		assertThat(csv.status()).isEqualTo(429);
		assertThat(csv.header("Content-Type")).startsWith("text/plain");
		assertThat(csv.body()).contains("thử lại sau").doesNotContain("{");

		Answer anything = RawHttp.get(this.port, "/api/search?q=mai", "X-Forwarded-For", client, "Accept", "*/*");
		assertThat(anything.body()).contains("\"problem\":\"TOO_MANY_REQUESTS\"");
	}

	@Test
	void aQueryRunningPastItsTimeGetsAClearMessage() {
		Answer page = search("/search?q=" + URLEncoder.encode("Trương Thị Mai", StandardCharsets.UTF_8),
				"198.51.100.3");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("mất quá nhiều thời gian");
		Answer api = search("/api/search?q=mai", "198.51.100.3");
		assertThat(api.body()).contains("\"TIMEOUT\"");
	}

	private Answer search(String path, String client) {
		String accept = path.startsWith("/api/") ? "application/json" : "text/html";
		return RawHttp.get(this.port, path, "X-Forwarded-For", client, "Accept", accept);
	}

}
