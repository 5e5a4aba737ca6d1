package vn.newsarchive.importer.text;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern in a text, tried only at the characters its first element can
 * match. A pattern that opens with a look-behind gives {@link Matcher#find()} nothing to
 * skip by, so it is tried at every position of every text; these patterns run over whole
 * articles. Tried at those characters only, it finds the same matches in the same order:
 * each match is the leftmost one, and the search goes on from its end.
 */
public final class StartingAt {

	/** The look-behind {@code (?<![\p{L}\d])}: a letter or an ASCII digit. */
	public static final IntPredicate LETTER_OR_DIGIT = (c) -> Character.isLetter(c) || (c >= '0' && c <= '9');

	/** The look-behind {@code (?<![\p{L}\p{M}])}: a letter or a combining mark. */
	public static final IntPredicate LETTER_OR_MARK = (c) -> Character.isLetter(c) || isMark(c);

	/** The look-behind {@code (?<![\p{L}])}. */
	public static final IntPredicate LETTER = Character::isLetter;

	private static final IntPredicate NOTHING = (c) -> false;

	private final Matcher matcher;

	private final String text;

	private final String starts;

	private final IntPredicate notAfter;

	private int next;

	/**
	 * @param starts every character a match can begin with (a match that begins with any
	 * other is never found)
	 */
	public StartingAt(Pattern pattern, String text, int from, String starts) {
		this(pattern, text, from, starts, NOTHING);
	}

	/**
	 * @param notAfter the characters the pattern's opening look-behind refuses before a
	 * match: a position right after one (other than half of a surrogate pair) is not
	 * tried, which spares the matcher's reset there
	 */
	public StartingAt(Pattern pattern, String text, int from, String starts, IntPredicate notAfter) {
		this.matcher = pattern.matcher(text).useTransparentBounds(true);
		this.text = text;
		this.starts = starts;
		this.notAfter = notAfter;
		this.next = from;
	}

	/** Whether there is a next match; {@link #matcher()} then holds it. */
	public boolean find() {
		int length = this.text.length();
		for (int i = this.next; i < length; i++) {
			if (this.starts.indexOf(this.text.charAt(i)) >= 0 && !refusedAfter(i)) {
				this.matcher.region(i, length);
				if (this.matcher.lookingAt()) {
					this.next = Math.max(this.matcher.end(), i + 1);
					return true;
				}
			}
		}
		this.next = length;
		return false;
	}

	public Matcher matcher() {
		return this.matcher;
	}

	private boolean refusedAfter(int i) {
		if (i == 0) {
			return false;
		}
		char before = this.text.charAt(i - 1);
		return !Character.isSurrogate(before) && this.notAfter.test(before);
	}

	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

}
