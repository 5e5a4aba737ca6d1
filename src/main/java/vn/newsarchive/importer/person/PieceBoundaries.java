package vn.newsarchive.importer.person;

/**
 * Where the pieces of a title chain read back from a name are cut: at a clause's
 * punctuation, a comma or a dash between spaces, but not at an abbreviation's dot, and
 * not inside a short aside in parentheses ("Vụ trưởng Vụ Báo chí (Ban Tuyên giáo Trung
 * ương) A").
 */
final class PieceBoundaries {

	private static final String BOUNDARIES = ",;:.()[]\"“”!?…";

	/** The longest name in parentheses read as part of a title before a name. */
	private static final int MAX_ASIDE = 48;

	private PieceBoundaries() {
	}

	static int lastBoundary(String text, int floor, int end) {
		for (int i = end - 1; i >= floor; i--) {
			char c = text.charAt(i);
			int aside = (c == ')') ? asideStart(text, floor, i) : -1;
			if (aside >= 0) {
				// a body's name in parentheses inside a title ("Vụ trưởng Vụ Báo chí (Ban
				// Tuyên giáo Trung ương) A")
				i = aside;
				continue;
			}
			if (BOUNDARIES.indexOf(c) >= 0 && !(c == '.' && Words.isAbbreviationDot(text, i))) {
				return i;
			}
			if ((c == '-' || c == '–') && i > floor && text.charAt(i - 1) == ' ' && i + 1 < end
					&& text.charAt(i + 1) == ' ') {
				return i;
			}
		}
		return floor - 1;
	}

	/**
	 * Where the parenthesis closed at {@code close} opens, when it holds a short name
	 * with no boundary in it and follows a word; -1 otherwise.
	 */
	private static int asideStart(String text, int floor, int close) {
		for (int i = close - 1; i > floor && close - i <= MAX_ASIDE; i--) {
			char c = text.charAt(i);
			if (c == '(') {
				return (i > floor + 1 && text.charAt(i - 1) == ' ' && Character.isLetter(text.charAt(i - 2))) ? i : -1;
			}
			if (BOUNDARIES.indexOf(c) >= 0) {
				return -1;
			}
		}
		return -1;
	}

	static boolean isSeparator(String text, int boundary) {
		char c = text.charAt(boundary);
		return c == ',' || c == '-' || c == '–';
	}

}
