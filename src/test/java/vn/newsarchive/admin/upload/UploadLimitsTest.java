package vn.newsarchive.admin.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.SignIn;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failure 8, through the real server (Tomcat's limits act before Spring MVC): a
 * file over 25 MB, or 50 and more files in one upload, got Tomcat's bare English 413. The
 * first now gets the archive's own message in the editor's language, the second is
 * imported file by file.
 */
class UploadLimitsTest extends ImportedSeedsWebTest {

	static final String BOUNDARY = "----archive-upload-limits";

	HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	String session;

	@BeforeEach
	void signIn() {
		TestAccounts.create(this.jdbc, "bien-tap-tai-len", "mật khẩu tải lên", "EDITOR");
		this.session = SignIn.sessionCookie(this.port, "bien-tap-tai-len", "mật khẩu tải lên");
	}

	@Test
	void aFileOverTheLimitGetsTheArchivesOwnMessage() throws Exception {
		byte[] huge = new byte[26 * 1024 * 1024];
		Arrays.fill(huge, (byte) 'a');
		HttpResponse<String> answer = upload(part("qua-lon.txt", huge));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/admin/import");
		assertThat(Jsoup.parse(get("/admin/import")).select("table.import-results tbody tr").text())
			.contains("qua-lon.txt", "Tệp quá lớn");
	}

	@Test
	void anUploadOverTheRequestLimitGetsTheArchivesOwnPage() throws Exception {
		byte[] huge = new byte[101 * 1024 * 1024];
		HttpResponse<String> answer = upload(part("qua-lon.txt", huge));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		String back = answer.headers().firstValue("Location").orElse("");
		assertThat(back).endsWith("/admin/import?tooLarge");
		assertThat(get(back.replaceFirst("^https?://[^/]+", "")))
			.contains("Tải lên quá lớn: mỗi lần tải lên tối đa 100 MB");
	}

	@Test
	void sixtyFilesInOneUploadAreEachImported() throws Exception {
		ByteArrayOutputStream parts = new ByteArrayOutputStream();
		byte[] seed = Files.readAllBytes(Path.of("seeds/001_6353a3c6be2fbff5.txt"));
		for (int i = 0; i < 60; i++) {
			parts.write(part("ban-sao-" + i + ".txt", seed));
		}
		HttpResponse<String> answer = upload(parts.toByteArray());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.body()).doesNotContain("Apache Tomcat");
		// each a copy of a seed the archive holds: sixty outcomes, each "already there"
		assertThat(Jsoup.parse(get("/admin/import")).select("table.import-results tbody tr")).hasSize(60);
	}

	private HttpResponse<String> upload(byte[] parts) throws IOException, InterruptedException {
		String token = Jsoup.parse(get("/admin/import")).select("form[action$=/admin/import] input[name=_csrf]").val();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(parts);
		body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Cookie", this.session)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] part(String name, byte[] content) throws IOException {
		ByteArrayOutputStream part = new ByteArrayOutputStream();
		part.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		part.write(content);
		part.write("\r\n".getBytes(StandardCharsets.UTF_8));
		return part.toByteArray();
	}

	private String get(String path) throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Cookie", this.session)
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
