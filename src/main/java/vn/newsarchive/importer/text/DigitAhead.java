package vn.newsarchive.importer.text;

/**
 * Where a digit lies ahead of a position: the first character from there on that is not a
 * letter, a combining mark, a space ({@code \s}), a comma or "(" is an ASCII digit. A
 * pattern that holds only those before its first digit (a date phrase: "Sáng nay, (6/11",
 * "Trong 2 ngày 21-22/4") cannot start anywhere else, and most of an article's word
 * starts lie before a full stop or a colon rather than a digit.
 * <p>
 * Such positions come in windows, each ending at a digit and reaching back over the
 * letters, spaces and commas before it. The scan asks for the next window rather than
 * testing each word start: the digits are searched for ({@link StartCharacters}), and
 * only the text just before each is read, so that most of a story is never looked at.
 */
final class DigitAhead {

	private static final StartCharacters DIGITS = new StartCharacters("0123456789");

	private final String text;

	private final StartCharacters.Cursor digits;

	/**
	 * The window last found from {@code asked} on: the positions from {@code start} to
	 * {@code digit} have a digit ahead, those from {@code asked} to before {@code start}
	 * have none.
	 */
	private int asked = -1;

	private int start = -1;

	private int digit = -1;

	DigitAhead(String text) {
		this.text = text;
		this.digits = DIGITS.in(text);
	}

	/**
	 * The first position from {@code position} on with a digit ahead, or the text's
	 * length when there is none; asked at positions that never go back.
	 */
	int from(int position) {
		if (position >= this.asked && position <= this.digit) {
			return Math.max(position, this.start);
		}
		int found = this.digits.next(position);
		int first = found;
		while (found < this.text.length() && first > position && leads(this.text.charAt(first - 1))) {
			first--;
		}
		this.asked = position;
		this.start = first;
		this.digit = found;
		return first;
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
