package vn.newsarchive.testdata;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * Signs in through the running app's form as a browser does (the login page's session and
 * CSRF token, then the POST) and returns the signed-in session's cookie.
 */
public final class SignIn {

	private SignIn() {
	}

	public static String sessionCookie(int port, String username, String password) {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + port;
		try {
			HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			String token = Jsoup.parse(form.body()).select("input[name=_csrf]").first().val();
			String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
			HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie(form))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			String location = login.headers().firstValue("Location").orElse("");
			if (login.statusCode() != 302 || location.contains("/login")) {
				throw new AssertionError("sign-in as " + username + " failed: " + login.statusCode() + " " + location);
			}
			return cookie(login);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The session cookie the answer sets, else its CSRF cookie (the sign-in form creates
	 * no session).
	 */
	private static String cookie(HttpResponse<String> response) {
		List<String> cookies = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> !header.contains("Max-Age=0"))
			.map((header) -> header.substring(0, header.indexOf(';')))
			.toList();
		return cookies.stream()
			.filter((c) -> c.startsWith("JSESSIONID="))
			.findFirst()
			.or(() -> cookies.stream().filter((c) -> c.startsWith("archive-csrf=")).findFirst())
			.orElseThrow(() -> new AssertionError("no session or CSRF cookie"));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
