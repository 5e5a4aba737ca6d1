package vn.newsarchive.importer.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

	/**
	 * The start characters of each string of them a scan was built with: a handful of
	 * constants in the code, built once rather than for every passage.
	 */
	private static final Map<String, StartCharacters> BY_STARTS = new ConcurrentHashMap<>();

	private final Matcher matcher;

	private final String text;

	private final StartCharacters.Cursor starts;

	private final LookBehind notAfter;

	/** Set when a match can start only where a digit lies ahead. */
	private DigitAhead digitAhead;

	/** Set when a match begins with one of these words. */
	private Prefixes prefixes;

	/** Set when a match begins with a day and a month's separator. */
	private boolean dayAndMonth;

	private int next;

	/** Where the matches end: the text's end, or a limit. */
	private int until;

	/**
	 * @param starts every character a match can begin with (a match that begins with any
	 * other is never found)
	 */
	public StartingAt(Pattern pattern, String text, int from, String starts) {
		this(pattern, text, from, starts, LookBehind.NOTHING);
	}

	/**
	 * @param notAfter the characters the pattern's opening look-behind refuses before a
	 * match: a position right after one (other than half of a surrogate pair) is not
	 * tried, which spares the matcher's reset there
	 */
	public StartingAt(Pattern pattern, String text, int from, String starts, LookBehind notAfter) {
		this(pattern, text, from, BY_STARTS.computeIfAbsent(starts, StartCharacters::new), notAfter);
	}

	private StartingAt(Pattern pattern, String text, int from, StartCharacters starts, LookBehind notAfter) {
		this.matcher = pattern.matcher(text).useTransparentBounds(true);
		this.text = text;
		this.starts = starts.in(text);
		this.notAfter = notAfter;
		this.next = from;
		this.until = text.length();
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
		int length = this.until;
		for (int i = this.starts.next(this.next); i < length; i = this.starts.next(i + 1)) {
			int ahead = (this.digitAhead != null) ? this.digitAhead.from(i) : i;
			if (ahead > i) {
				// on from the next window before a digit
				i = ahead - 1;
				continue;
			}
			if (!refusedAfter(i) && (this.prefixes == null || this.prefixes.at(this.text, i))
					&& (!this.dayAndMonth || DayAndMonth.at(this.text, i))) {
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
	 * Ends the matches at {@code limit} as a region ending there with transparent bounds
	 * does: each match lies before it, and the pattern's look-arounds still see what
	 * stands after it.
	 * @return this
	 */
	public StartingAt until(int limit) {
		this.until = limit;
		return this;
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

	private boolean refusedAfter(int i) {
		if (i == 0) {
			return false;
		}
		char before = this.text.charAt(i - 1);
		return !Character.isSurrogate(before) && this.notAfter.refuses(before);
	}

}
