package vn.newsarchive.admin.upload;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failure 8: a form over about 2 MB got Tomcat's bare 413, so a 3–5 MB article
 * could not be saved again from its edit form. Forms as large as the largest article the
 * importer takes (5 MB, URL-encoded) now reach the archive.
 */
class FormLimitsTest extends ImportedSeedsWebTest {

	@Test
	void aFormHoldingTheLargestArticleReachesTheArchive() throws Exception {
		String body = "username=x&password=y&text=" + "%C4%90%E1%BA%A3ng".repeat(600_000);
		assertThat(body.length()).isGreaterThan(10_000_000);
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isNotEqualTo(413);
		assertThat(answer.body()).doesNotContain("Apache Tomcat");
	}

}
