package vn.newsarchive.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** User names are compared in lower case: {@code Lan} and {@code lan} are one account. */
final class Usernames {

	private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

	private Usernames() {
	}

	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	static boolean isValid(String normalised) {
		return VALID.matcher(normalised).matches();
	}

}
