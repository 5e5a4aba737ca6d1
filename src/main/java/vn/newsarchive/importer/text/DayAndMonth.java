package vn.newsarchive.importer.text;

/**
 * Whether a day and a month's separator begin at a position: one or two ASCII digits (not
 * three: {@code \d{1,2}} then a separator leaves no digit over), any spaces ({@code \s}),
 * then "/", "." or "-". What {@code \d{1,2}\s*[/.-]} needs to match there.
 */
final class DayAndMonth {

	private DayAndMonth() {
	}

	static boolean at(String text, int at) {
		int i = at;
		while (i < text.length() && i - at < 3 && isDigit(text.charAt(i))) {
			i++;
		}
		if (i == at || i - at > 2) {
			return false;
		}
		while (i < text.length() && isRegexSpace(text.charAt(i))) {
			i++;
		}
		if (i >= text.length()) {
			return false;
		}
		char separator = text.charAt(i);
		return separator == '/' || separator == '.' || separator == '-';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isRegexSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r');
	}

}
