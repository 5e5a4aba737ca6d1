package vn.newsarchive.importer.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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
	public static final LookBehind LETTER_OR_DIGIT = new LookBehind(true, true, false, "");

	/** The look-behind {@code (?<![\p{L}\p{M}])}: a letter or a combining mark. */
	public static final LookBehind LETTER_OR_MARK = new LookBehind(true, false, true, "");

	/** The look-behind {@code (?<![\p{L}])}. */
	public static final LookBehind LETTER = new LookBehind(true, false, false, "");

	private static final LookBehind NOTHING = new LookBehind(false, false, false, "");

	private final Matcher matcher;

	private final String text;

	/** The starting characters below 128, as bits (the scan tests every character). */
	private final long asciiLow;

	private final long asciiHigh;

	/**
	 * The starting characters from 128 on, and their lowest and highest: most of a
	 * story's characters from 128 on are Vietnamese letters, which start none of them or
	 * lie outside that range (a search of the string was a tenth of the scan's time).
	 */
	private final char[] otherStarts;

	private final char otherLowest;

	private final char otherHighest;

	private final LookBehind notAfter;

	/** Set when a match can start only where a digit lies ahead. */
	private DigitAhead digitAhead;

	/** Set when a match begins with one of these words. */
	private Prefixes prefixes;

	/** Set when a match begins with a day and a month's separator. */
	private boolean dayAndMonth;

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
	public StartingAt(Pattern pattern, String text, int from, String starts, LookBehind notAfter) {
		this.matcher = pattern.matcher(text).useTransparentBounds(true);
		this.text = text;
		long low = 0;
		long high = 0;
		StringBuilder other = new StringBuilder();
		for (int i = 0; i < starts.length(); i++) {
			char c = starts.charAt(i);
			if (c < 64) {
				low |= 1L << c;
			}
			else if (c < 128) {
				high |= 1L << (c - 64);
			}
			else {
				other.append(c);
			}
		}
		this.asciiLow = low;
		this.asciiHigh = high;
		this.otherStarts = other.toString().toCharArray();
		char lowest = Character.MAX_VALUE;
		char highest = 0;
		for (char c : this.otherStarts) {
			lowest = (char) Math.min(lowest, c);
			highest = (char) Math.max(highest, c);
		}
		this.otherLowest = lowest;
		this.otherHighest = highest;
		this.notAfter = notAfter;
		this.next = from;
	}

	/**
	 * A pattern whose every match begins with one of {@code prefixes}: tried only where
	 * one does.
	 */
	public StartingAt(Pattern pattern, String text, int from, Prefixes prefixes, LookBehind notAfter) {
		this(pattern, text, from, prefixes.starts(), notAfter);
		this.prefixes = prefixes;
	}

	/** Whether there is a next match; {@link #matcher()} then holds it. */
	public boolean find() {
		int length = this.text.length();
		for (int i = this.next; i < length; i++) {
			if (isStart(this.text.charAt(i)) && !refusedAfter(i)
					&& (this.prefixes == null || this.prefixes.at(this.text, i))
					&& (!this.dayAndMonth || DayAndMonth.at(this.text, i))
					&& (this.digitAhead == null || this.digitAhead.at(i))) {
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

	/**
	 * Tries the pattern only where a digit lies ahead ({@link DigitAhead}): for a pattern
	 * whose matches hold only letters, combining marks, spaces, commas and "(" before
	 * their first digit.
	 * @return this
	 */
	public StartingAt beforeADigit() {
		this.digitAhead = new DigitAhead(this.text);
		return this;
	}

	/**
	 * Tries the pattern only where one or two ASCII digits, any spaces ({@code \s}) and a
	 * date's separator ("/", "." or "-") start: for a pattern that opens with
	 * {@code \d{1,2}\s*[/.-]} ("22/12/2023", "15 . 10"), which a longer number ("2023",
	 * "100") or a count ("5 người") cannot begin.
	 * @return this
	 */
	public StartingAt dayAndMonth() {
		this.dayAndMonth = true;
		return this;
	}

	/**
	 * Every character a case-insensitive ({@code UNICODE_CASE}) pattern whose
	 * alternatives are {@code words} can begin with: each word's first letter in any
	 * case, "ſ" for "s" and the Kelvin sign for "k" among them, as the pattern compares
	 * them.
	 */
	public static String eitherCase(Collection<String> words) {
		Set<Integer> firsts = new HashSet<>();
		words.stream().filter((word) -> !word.isEmpty()).forEach((word) -> firsts.add(fold(word.charAt(0))));
		StringBuilder starts = new StringBuilder();
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			if (!Character.isSurrogate((char) c) && firsts.contains(fold(c))) {
				starts.append((char) c);
			}
		}
		return starts.toString();
	}

	private static int fold(int c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	public Matcher matcher() {
		return this.matcher;
	}

	private boolean isStart(char c) {
		if (c < 64) {
			return (this.asciiLow & (1L << c)) != 0;
		}
		if (c < 128) {
			return (this.asciiHigh & (1L << (c - 64))) != 0;
		}
		if (c < this.otherLowest || c > this.otherHighest) {
			return false;
		}
		for (char start : this.otherStarts) {
			if (start == c) {
				return true;
			}
		}
		return false;
	}

	private boolean refusedAfter(int i) {
		if (i == 0) {
			return false;
		}
		char before = this.text.charAt(i - 1);
		return !Character.isSurrogate(before) && this.notAfter.refuses(before);
	}

	private static boolean isAsciiLetter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	/**
	 * The characters a pattern's opening look-behind refuses before a match: letters
	 * ({@code \p{L}}), ASCII digits ({@code \d}), combining marks ({@code \p{M}}) and the
	 * {@code others} listed. A record rather than a lambda: the scan asks it at most
	 * positions, and one class keeps that call inlined.
	 */
	public record LookBehind(boolean letters, boolean digits, boolean marks, String others) {

		boolean refuses(char c) {
			if (c < 128) {
				return (this.letters && isAsciiLetter(c)) || (this.digits && c >= '0' && c <= '9')
						|| (!this.others.isEmpty() && this.others.indexOf(c) >= 0);
			}
			return (this.letters && Character.isLetter(c)) || (this.marks && isMark(c))
					|| (!this.others.isEmpty() && this.others.indexOf(c) >= 0);
		}

	}

}
