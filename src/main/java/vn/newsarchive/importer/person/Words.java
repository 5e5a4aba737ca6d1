package vn.newsarchive.importer.person;

/** Plain scans for words: they run over every character of every passage. */
final class Words {

	// the names' scans ask these at every character of every passage: each character's
	// classes come from one table, built once from Character's, which looks a Vietnamese
	// letter up in two tables at each of the two or three questions

	private static final byte UPPER = 1;

	private static final byte LOWER_OR_MARK = 2;

	private static final byte WORD = 4;

	private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

	static {
		for (int i = 0; i <= Character.MAX_VALUE; i++) {
			char c = (char) i;
			boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
			CLASSES[i] = (byte) ((Character.isUpperCase(c) ? UPPER : 0)
					| ((Character.isLowerCase(c) || mark) ? LOWER_OR_MARK : 0)
					| ((Character.isLetterOrDigit(c) || mark) ? WORD : 0));
		}
	}

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

	/**
	 * A letter or digit ({@link Character#isLetterOrDigit(char)}) or a non-spacing mark.
	 */
	static boolean isWordChar(char c) {
		return (CLASSES[c] & WORD) != 0;
	}

	/** {@link Character#isUpperCase(char)}. */
	static boolean isUpperCase(char c) {
		return (CLASSES[c] & UPPER) != 0;
	}

	/** A lower-case letter or a non-spacing mark. */
	static boolean isLowerCaseOrMark(char c) {
		return (CLASSES[c] & LOWER_OR_MARK) != 0;
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

	/**
	 * Where the space before a "và" that ends {@code [start, limit)} (blanks after it
	 * allowed) starts, or -1.
	 */
	static int andEnding(String text, int start, int limit) {
		int end = limit;
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		int and = end - 2;
		return (end < limit && and > start && text.startsWith("và", and)
				&& Character.isWhitespace(text.charAt(and - 1))) ? and - 1 : -1;
	}

}
