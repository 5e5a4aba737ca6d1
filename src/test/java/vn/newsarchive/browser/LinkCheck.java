package vn.newsarchive.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The archive's own addresses found on the pages, each asked for once (as a reader
 * without an account: an editors' address answers a redirect to the sign-in, not an
 * error), and the parameters of an address, for the language switch.
 */
final class LinkCheck {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Set<String> addresses = new TreeSet<>();

	void found(List<String> addresses) {
		this.addresses.addAll(addresses);
	}

	/** Every address found that answers 4xx or 5xx, with its status. */
	List<String> broken() throws IOException, InterruptedException {
		List<String> broken = new ArrayList<>();
		for (String address : this.addresses) {
			int status = this.http
				.send(HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
			// a 429 fails too: EveryPageBrowserIT lifts the rate limit, so a 429 is the
			// archive refusing a reader for a reason of its own
			if (status >= 400) {
				broken.add(address + " answered " + status);
			}
		}
		return broken;
	}

	int count() {
		return this.addresses.size();
	}

	/** The decoded parameters of an address, in order. */
	static Map<String, String> parameters(String address) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = URI.create(address.replace(" ", "%20")).getRawQuery();
		if (query == null) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			parameters.putIfAbsent(name, value);
		}
		return parameters;
	}

}
