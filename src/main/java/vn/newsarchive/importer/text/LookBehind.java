package vn.newsarchive.importer.text;

/**
 * The characters a pattern's opening look-behind refuses before a match: letters
 * ({@code \p{L}}), ASCII digits ({@code \d}), combining marks ({@code \p{M}}) and the
 * {@code others} listed. A record rather than a lambda: the scan asks it at most
 * positions, and one class keeps that call inlined.
 */
public record LookBehind(boolean letters, boolean digits, boolean marks, String others) {

	/** The look-behind {@code (?<![\p{L}\d])}: a letter or an ASCII digit. */
	public static final LookBehind LETTER_OR_DIGIT = new LookBehind(true, true, false, "");

	/** The look-behind {@code (?<![\p{L}\p{M}])}: a letter or a combining mark. */
	public static final LookBehind LETTER_OR_MARK = new LookBehind(true, false, true, "");

	/** The look-behind {@code (?<![\p{L}])}. */
	public static final LookBehind LETTER = new LookBehind(true, false, false, "");

	/** No look-behind: every position may start a match. */
	static final LookBehind NOTHING = new LookBehind(false, false, false, "");

	boolean refuses(char c) {
		if (c < 128) {
			return (this.letters && isAsciiLetter(c)) || (this.digits && c >= '0' && c <= '9')
					|| (!this.others.isEmpty() && this.others.indexOf(c) >= 0);
		}
		return (this.letters && Character.isLetter(c)) || (this.marks && isMark(c))
				|| (!this.others.isEmpty() && this.others.indexOf(c) >= 0);
	}

	private static boolean isAsciiLetter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

}
