package vn.newsarchive.saved;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The random key that makes a browser the owner of the searches saved in it: readers have
 * no accounts. It lives in an HttpOnly, SameSite cookie sent only to the saved searches'
 * pages, renewed at each visit; the archive keeps only its SHA-256 hash. Tokens (the key,
 * a feed's token) are 32 random bytes, unguessable.
 */
final class BrowserKey {

	static final String COOKIE = "archive-saved-searches";

	static final String PATH = "/search/saved";

	/** Browsers keep a cookie at most 400 days; each visit renews it. */
	static final Duration LIFETIME = Duration.ofDays(400);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private BrowserKey() {
	}

	/** The hash of this browser's key, if it has one. */
	static Optional<String> hash(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && TOKEN.matcher(cookie.getValue()).matches()) {
				return Optional.of(sha256(cookie.getValue()));
			}
		}
		return Optional.empty();
	}

	/** The hash of this browser's key, giving it one first when it has none. */
	static String ensure(HttpServletRequest request, HttpServletResponse response) {
		Optional<String> known = hash(request);
		if (known.isPresent()) {
			return known.get();
		}
		String key = newToken();
		remember(key, request, response);
		return sha256(key);
	}

	/** Renews the cookie of a browser that has a key, so a key in use does not expire. */
	static void renew(HttpServletRequest request, HttpServletResponse response) {
		for (Cookie cookie : (request.getCookies() != null) ? request.getCookies() : new Cookie[0]) {
			if (COOKIE.equals(cookie.getName()) && TOKEN.matcher(cookie.getValue()).matches()) {
				remember(cookie.getValue(), request, response);
			}
		}
	}

	static String newToken() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static void remember(String key, HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(COOKIE, key)
					.path(request.getContextPath() + PATH)
					.maxAge(LIFETIME)
					.httpOnly(true)
					.secure(request.isSecure())
					.sameSite("Lax")
					.build()
					.toString());
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
