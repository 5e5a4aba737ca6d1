package vn.newsarchive.importer.text;

/**
 * Whether a digit lies ahead of a position: the first character from there on that is not
 * a letter, a combining mark, a space ({@code \s}), a comma or "(" is an ASCII digit. A
 * pattern that holds only those before its first digit (a date phrase: "Sáng nay, (6/11",
 * "Trong 2 ngày 21-22/4") cannot start anywhere else, and most of an article's word
 * starts lie before a full stop or a colon rather than a digit. Asked at rising
 * positions, it reads each character once.
 */
final class DigitAhead {

	private final String text;

	/**
	 * The positions from {@code from} to {@code until} share one answer, {@code ahead}.
	 */
	private int from = 1;

	private int until = 0;

	private boolean ahead;

	DigitAhead(String text) {
		this.text = text;
	}

	boolean at(int position) {
		if (position < this.from || position > this.until) {
			int stop = position;
			while (stop < this.text.length() && leads(this.text.charAt(stop))) {
				stop++;
			}
			this.from = position;
			this.until = stop;
			this.ahead = stop < this.text.length() && this.text.charAt(stop) >= '0' && this.text.charAt(stop) <= '9';
		}
		return this.ahead;
	}

	private static boolean leads(char c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == ',' || c == '(' || c == '\t'
					|| c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
		}
		int type = Character.getType(c);
		return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

}
