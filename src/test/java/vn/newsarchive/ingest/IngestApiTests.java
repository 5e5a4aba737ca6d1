package vn.newsarchive.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.testdata.PageClient;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scraper sends raw articles with its token: 201 for a new one, 200 for one the archive
 * has, 422 with the upload's reasons for junk, 401 without a valid token. The running
 * server and the real importer, as a scraper meets them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IngestApiTests {

	private static final Path SEED = Path.of("seeds/000_c2fa52de5c97c5b3.txt");

	private static final String SOURCE = "https://baoquocte.vn/truong-ban-dan-van-trung-uong-lam-viec.html";

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenService tokens;

	private final HttpClient http = HttpClient.newHttpClient();

	private String token;

	@BeforeEach
	void emptyArchiveAndANewToken() {
		TestArchive.empty(this.jdbc);
		this.jdbc.update("delete from api_token");
		this.token = this.tokens.create("scraper-baoquocte");
	}

	@Test
	void aNewArticleIsCreatedAndTheSameOneAgainIsADuplicate() throws Exception {
		HttpResponse<String> created = send(this.token, "text/plain", Files.readAllBytes(SEED), SOURCE);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode article = JSON.readTree(created.body());
		long id = article.get("id").asLong();
		assertThat(article.get("duplicate").asBoolean()).isFalse();
		assertThat(article.get("title").asText()).startsWith("Trưởng ban Dân vận Trung ương Trương Thị Mai");
		assertThat(article.get("url").asText()).startsWith("http://localhost:" + this.port + "/bai-viet/" + id + "-");
		assertThat(created.headers().firstValue("Location")).hasValue(article.get("url").asText());
		JsonNode mai = findByName(article.get("persons"), "Trương Thị Mai");
		assertThat(mai.get("id").asLong()).isPositive();
		assertThat(mai.get("titles").isArray()).isTrue();
		assertThat(mai.get("titles").toString()).contains("Trưởng ban Dân vận Trung ương");
		assertThat(article.get("documents").findValuesAsText("code")).contains("26-NQ/TW");
		assertThat(article.get("documents").get(0).get("kind").asText()).isNotBlank();
		assertThat(created.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();
		assertThat(this.jdbc.queryForMap("select source_url, file_name from article where id = ?", id))
			.containsEntry("source_url", SOURCE)
			.containsEntry("file_name", "api/scraper-baoquocte.txt");

		HttpResponse<String> again = send(this.token, "text/plain", Files.readAllBytes(SEED), null);
		assertThat(again.statusCode()).isEqualTo(200);
		JsonNode duplicate = JSON.readTree(again.body());
		assertThat(duplicate.get("duplicate").asBoolean()).isTrue();
		assertThat(duplicate.get("id").asLong()).isEqualTo(id);
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isOne();
	}

	@Test
	void theArticlePageLinksToTheOriginal() throws Exception {
		JsonNode article = JSON.readTree(send(this.token, "text/plain", Files.readAllBytes(SEED), SOURCE).body());
		String path = URI.create(article.get("url").asText()).getPath();
		var link = new PageClient(this.port).page(path).select("a.source-url");
		assertThat(link.attr("href")).isEqualTo(SOURCE);
		assertThat(link.text()).isEqualTo("Xem bài gốc trên trang nguồn");
	}

	@Test
	void aSavedWebPageIsReadAsHtml() throws Exception {
		String page = "<html><head><title>x</title></head><body><h1>Hội nghị Ban cán sự đảng Bộ Ngoại giao</h1>"
				+ "<p>Chiều 6/11, tại Hà Nội, Ban cán sự đảng Bộ Ngoại giao tổ chức Hội nghị kiểm điểm công tác lãnh"
				+ " đạo, chỉ đạo năm 2019 của tập thể và cá nhân các đồng chí Ủy viên.</p></body></html>";
		HttpResponse<String> created = send(this.token, "text/html; charset=UTF-8",
				page.getBytes(StandardCharsets.UTF_8), null);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(created.body()).get("title").asText())
			.isEqualTo("Hội nghị Ban cán sự đảng Bộ Ngoại giao");
	}

	@Test
	void junkIsRefusedWithTheUploadsReasonsInTheReadersLanguage() throws Exception {
		HttpResponse<String> english = send(this.token, "text/plain",
				"This is an English page about nothing in particular.".getBytes(StandardCharsets.UTF_8), null);
		assertThat(english.statusCode()).isEqualTo(422);
		JsonNode problem = JSON.readTree(english.body());
		assertThat(problem.get("problem").asText()).isEqualTo("NOT_VIETNAMESE");
		assertThat(problem.get("message").asText()).isEqualTo("Không tìm thấy văn bản tiếng Việt.");

		HttpResponse<String> empty = send(this.token, "text/plain", new byte[0], null, "?lang=en");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(empty.body()).get("problem").asText()).isEqualTo("EMPTY");
		assertThat(JSON.readTree(empty.body()).get("message").asText()).isEqualTo("Empty file (no content).");

		HttpResponse<String> huge = send(this.token, "text/plain", new byte[6 * 1024 * 1024], null);
		assertThat(huge.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(huge.body()).get("problem").asText()).isEqualTo("TOO_LARGE");
		assertThat(JSON.readTree(huge.body()).get("message").asText()).contains("5 MB");

		HttpResponse<String> script = send(this.token, "text/plain", Files.readAllBytes(SEED), "javascript:alert(1)");
		assertThat(script.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(script.body()).get("problem").asText()).isEqualTo("BAD_SOURCE_URL");
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isZero();
	}

	@Test
	void noTokenAWrongOneOrARevokedOneIsUnauthorized() throws Exception {
		byte[] seed = Files.readAllBytes(SEED);
		assertUnauthorized(send(null, "text/plain", seed, null));
		assertUnauthorized(send("pa_not-a-token-the-archive-gave", "text/plain", seed, null));
		long id = this.jdbc.queryForObject("select id from api_token where name = 'scraper-baoquocte'", Long.class);
		this.tokens.revoke(id);
		assertUnauthorized(send(this.token, "text/plain", seed, null));
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isZero();
	}

	@Test
	void onlyTheTokensHashIsStored() {
		assertThat(this.jdbc.queryForObject("select token_hash from api_token", String.class))
			.isEqualTo(ApiTokenService.hash(this.token))
			.doesNotContain(this.token);
		assertThat(this.token).startsWith(ApiTokenService.PREFIX).hasSizeGreaterThan(40);
	}

	private void assertUnauthorized(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(response.body()).get("problem").asText()).isEqualTo("UNAUTHORIZED");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
	}

	private static JsonNode findByName(JsonNode persons, String name) {
		for (JsonNode person : persons) {
			if (name.equals(person.get("name").asText())) {
				return person;
			}
		}
		throw new AssertionError(name + " not among " + persons);
	}

	private HttpResponse<String> send(String token, String contentType, byte[] body, String sourceUrl)
			throws Exception {
		return send(token, contentType, body, sourceUrl, "");
	}

	private HttpResponse<String> send(String token, String contentType, byte[] body, String sourceUrl, String query)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/articles" + query))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (sourceUrl != null) {
			request.header("X-Source-Url", sourceUrl);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
