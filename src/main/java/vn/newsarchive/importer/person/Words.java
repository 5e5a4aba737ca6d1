package vn.newsarchive.importer.person;

/** Plain scans for words: they run over every character of every passage. */
final class Words {

	private Words() {
	}

	/**
	 * Where a word starting at {@code at} with a capital ends, or -1 when none starts
	 * there: a capitalised word ("Minh", not "UBND" or "Hà3"), or with {@code inCapitals}
	 * a word in capitals ("PHỤNG").
	 */
	static int end(String text, int at, boolean inCapitals) {
		if (!isUpperCase(text.charAt(at)) || at > 0 && isWordChar(text.charAt(at - 1))) {
			return -1;
		}
		int end = at + 1;
		while (end < text.length()
				&& (inCapitals ? isUpperCase(text.charAt(end)) : isLowerCaseOrMark(text.charAt(end)))) {
			end++;
		}
		return (end < text.length() && isWordChar(text.charAt(end))) ? -1 : end;
	}

	// the names' scans ask these at every character of every passage: ASCII, half of
	// Vietnamese text, is answered without the Unicode tables

	static boolean isWordChar(char c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	/** {@link Character#isUpperCase(char)}. */
	static boolean isUpperCase(char c) {
		return (c < 128) ? (c >= 'A' && c <= 'Z') : Character.isUpperCase(c);
	}

	/** A lower-case letter or a non-spacing mark. */
	static boolean isLowerCaseOrMark(char c) {
		if (c < 128) {
			return c >= 'a' && c <= 'z';
		}
		return Character.isLowerCase(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	/**
	 * A dot between capitals that abbreviates ("Ban Tuyên giáo T.Ư", "TP.HCM"), or
	 * between a capital and a figure ("Quận ủy Q.2"), not a sentence end ("HĐND.Sáng" is
	 * a missing space).
	 */
	static boolean isAbbreviationDot(String text, int i) {
		return i > 0 && i + 1 < text.length() && Character.isUpperCase(text.charAt(i - 1))
				&& (Character.isUpperCase(text.charAt(i + 1)) || Character.isDigit(text.charAt(i + 1)))
				&& (i + 2 == text.length() || !Character.isLowerCase(text.charAt(i + 2)));
	}

}
