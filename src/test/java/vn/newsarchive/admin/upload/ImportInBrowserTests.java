package vn.newsarchive.admin.upload;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.admin.EmptyArchive;
import vn.newsarchive.admin.FakeExtractor;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator does on the real server: log in through the form, then upload a file
 * whose CSRF token travels inside the multipart body.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FakeExtractor.class)
class ImportInBrowserTests {

	private static final String BOUNDARY = "----archive-test-boundary";

	private static final String PASSWORD = "mật khẩu người nhập bài";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@BeforeEach
	void emptyArchive() {
		EmptyArchive.reset(this.jdbc);
	}

	@Test
	void anEditorLogsInAndUploadsAFile() throws Exception {
		FakeExtractor.register("bai.txt", "hash-browser", "Bài nhập qua trình duyệt");
		TestAccounts.create(this.jdbc, "uploader", PASSWORD, "EDITOR");
		String loginToken = csrfToken(get("/login").body());
		HttpResponse<String> login = post("/login", "application/x-www-form-urlencoded",
				("username=uploader&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(loginToken, StandardCharsets.UTF_8))
					.getBytes(StandardCharsets.UTF_8));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

		String uploadToken = csrfToken(get("/admin/import").body());
		HttpResponse<String> upload = post("/admin/import", "multipart/form-data; boundary=" + BOUNDARY,
				multipart(uploadToken, "bai.txt", "nội dung"));
		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location").orElse("")).endsWith("/admin/import");

		String results = get("/admin/import").body();
		assertThat(Jsoup.parse(results).select("table.import-results").text()).contains("bai.txt", "Đã nhập",
				"Bài nhập qua trình duyệt");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfToken(String html) {
		return Jsoup.parse(html).select("input[name=_csrf]").first().val();
	}

	private static byte[] multipart(String token, String fileName, String content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String text = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
				+ "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}
