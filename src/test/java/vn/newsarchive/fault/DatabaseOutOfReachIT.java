package vn.newsarchive.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.newsarchive.TestDatabase;
import vn.newsarchive.TestDatabaseInitializer;
import vn.newsarchive.testdata.ImportedSeedsWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault suite: readers and API clients while the database is out of reach (the network to
 * it cut, as when the server restarts or fails over) get 503 with {@code Retry-After} and
 * a sentence in their language saying it is brief and nothing was lost — not a 500 that
 * reads like a bug — and the same requests work again once it is back. The log says it
 * without an error's stack trace per request.
 */
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=1000")
class DatabaseOutOfReachIT extends ImportedSeedsWebTest {

	private static final DatabaseLink LINK = DatabaseLink.to(TestDatabase.get().url());

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void throughTheLink(DynamicPropertyRegistry registry) {
		registry.add(TestDatabaseInitializer.DATABASE_URL, () -> LINK.through(TestDatabase.get().url()));
	}

	@AfterAll
	static void closeTheLink() throws IOException {
		LINK.close();
	}

	/** A GET as an API client sends it: JSON accepted, nothing else. */
	private HttpResponse<String> api(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void readersAndClientsAreToldToComeBackInAMomentAndThenServed(CapturedOutput log) throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from article", Long.class);
		String article = this.jdbc.queryForObject("select '/bai-viet/' || id || '-' || slug from article where id = ?",
				String.class, id);
		String record = "/api/v1/articles/" + id;
		LINK.cut();
		try {
			HttpResponse<String> page = this.client.get(article);
			assertThat(page.statusCode()).as("an article page").isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(page.body()).contains("Kho lưu trữ tạm thời gián đoạn");

			HttpResponse<String> english = this.client.get(article, "Cookie", "archive-lang=en");
			assertThat(english.statusCode()).isEqualTo(503);
			assertThat(english.body()).contains("The archive is briefly unavailable");

			HttpResponse<String> api = api(record);
			assertThat(api.statusCode()).as("the data API").isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(api.body()).contains("\"problem\":\"DATABASE_UNAVAILABLE\"")
				.contains("Cơ sở dữ liệu tạm thời không kết nối được");

			HttpResponse<String> token = api(record, "Authorization", "Bearer a-token-nobody-can-check-now");
			assertThat(token.statusCode()).as("a token that cannot be checked now").isEqualTo(503);
		}
		finally {
			LINK.mend();
		}

		// served again within the Retry-After the refusals gave (the pool takes a moment
		// to open new connections)
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		int status = this.client.get(article).statusCode();
		while (status == 503 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			status = this.client.get(article).statusCode();
		}
		assertThat(status).isEqualTo(200);
		assertThat(api(record).statusCode()).isEqualTo(200);
		// a rollback on a connection that is gone has nothing to undo (the server ends
		// the
		// transaction with the session): it must not be logged as an error per request
		assertThat(log.getAll()).doesNotContain("Application exception overridden by rollback exception")
			.doesNotContain("Could not roll back");
	}

}
