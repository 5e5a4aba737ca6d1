package vn.newsarchive.saved;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One reader's browser without an account: it keeps its cookies (the CSRF cookie, the key
 * to its saved searches) and sends forms with the CSRF token of the page they are on.
 */
final class ReaderBrowser {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	ReaderBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : this.base + path)).GET());
	}

	Document page(String path) {
		HttpResponse<String> answer = get(path);
		if (answer.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + answer.statusCode());
		}
		return Jsoup.parse(answer.body(), this.base + path);
	}

	/** Submits a form of a page with its fields (and CSRF token) and these values. */
	HttpResponse<String> submit(Document page, String formSelector, Map<String, String> changed) {
		var form = page.selectFirst(formSelector);
		if (form == null) {
			throw new AssertionError("no form " + formSelector + " on " + page.location());
		}
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		form.select("input[name]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		fields.putAll(changed);
		return post(form.attr("action"), fields);
	}

	HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
