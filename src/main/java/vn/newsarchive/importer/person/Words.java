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
		if (!Character.isUpperCase(text.charAt(at)) || at > 0 && isWordChar(text.charAt(at - 1))) {
			return -1;
		}
		int end = at + 1;
		while (end < text.length()
				&& (inCapitals ? Character.isUpperCase(text.charAt(end)) : Character.isLowerCase(text.charAt(end))
						|| Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
			end++;
		}
		return (end < text.length() && isWordChar(text.charAt(end))) ? -1 : end;
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
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
