package vn.newsarchive.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import vn.newsarchive.browser.PageTypes.PageType;
import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.NuHtmlChecker;
import vn.newsarchive.testdata.SignIn;
import vn.newsarchive.testdata.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page the browser tests open ({@link PageTypes}) is valid HTML for the Nu
 * HTML Checker (issue 16): the source the archive serves (not the browser's DOM, which
 * has repaired it) is saved under target/html/ and all pages are checked in one run, the
 * failure listing every error with its file, line and column.
 */
class EveryPageHtmlIT extends ImportedSeedsWebTest {

	static final Path SAVED = Path.of("target/html");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyPageIsValidHtml() throws IOException, InterruptedException {
		NuHtmlChecker checker = NuHtmlChecker.installed();
		TestAccounts.create(this.jdbc, "bien-tap-html", "mật khẩu kiểm tra html", "ADMIN");
		String editor = SignIn.sessionCookie(this.port, "bien-tap-html", "mật khẩu kiểm tra html");
		Files.createDirectories(SAVED);
		List<Path> files = new ArrayList<>();
		for (PageType page : PageTypes.all(this.jdbc)) {
			HttpResponse<String> answer = source(page.path(), page.editor() ? editor : null);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(page.path()).startsWith("text/html");
			Path file = SAVED.resolve(page.name() + ".html");
			Files.writeString(file, answer.body(), StandardCharsets.UTF_8);
			files.add(file);
		}
		files.add(savedSearchesListed());
		assertThat(checker.errors(files)).as("errors of the Nu HTML Checker in the pages saved under %s", SAVED)
			.isEmpty();
	}

	@Test
	void theCheckerFindsAnError() throws IOException, InterruptedException {
		NuHtmlChecker checker = NuHtmlChecker.installed();
		Path broken = Files.createDirectories(SAVED).resolve("probe-broken.html");
		Files.writeString(broken, "<!DOCTYPE html><html lang=\"vi\"><head><title>x</title></head>"
				+ "<body><p><div>x</div></p><img src=\"a.png\"></body></html>");
		try {
			assertThat(checker.errors(List.of(broken))).hasSize(2)
				.anyMatch((error) -> error.startsWith("probe-broken.html:1:") && error.contains("“alt”"));
		}
		finally {
			Files.delete(broken);
		}
	}

	/**
	 * The list of saved searches as the browser that saved one sees it: a row, its feed
	 * address and its delete button.
	 */
	private Path savedSearchesListed() throws IOException, InterruptedException {
		String key = "k".repeat(43);
		this.jdbc.update("delete from saved_search");
		this.jdbc.update("insert into saved_search (owner_hash, feed_token, name, q, date_from) values (?, ?, ?, ?, ?)",
				HexFormat.of().formatHex(sha256(key)), "f".repeat(43), "ngoai giao · 2019", "ngoai giao",
				java.sql.Date.valueOf("2019-01-01"));
		HttpResponse<String> answer = source("/search/saved", "archive-saved-searches=" + key);
		assertThat(Jsoup.parse(answer.body()).select(".saved-list > li")).hasSize(1);
		Path file = SAVED.resolve("saved-searches-listed.html");
		Files.writeString(file, answer.body(), StandardCharsets.UTF_8);
		return file;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The page at that address, after the redirects a browser would follow. */
	private HttpResponse<String> source(String path, String cookie) throws IOException, InterruptedException {
		URI address = URI.create("http://localhost:" + this.port + path);
		for (int redirects = 0;; redirects++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(address).header("Accept", "text/html");
			if (cookie != null) {
				request.header("Cookie", cookie);
			}
			HttpResponse<String> answer = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String location = answer.headers().firstValue("Location").orElse(null);
			if (answer.statusCode() / 100 != 3 || location == null || redirects == 3) {
				return answer;
			}
			address = address.resolve(location);
		}
	}

}
