package vn.newsarchive.importer.text;

/**
 * The characters a pattern's matches can begin with, and where the next of them stands in
 * a text. Built once per pattern: {@link StartingAt} asks for the next start at every
 * step of its scans, which run over whole stories.
 * <p>
 * A few characters (the digits, "l" and "L", "Đ") are looked for with
 * {@link String#indexOf(int, int)}, one search per character, which the JVM runs over
 * many characters at a time; testing each character of the text in turn was a tenth of
 * the extraction's time. More characters (the first letters of a word list in either
 * case, "t", "c" and "s" among them) stand in most words, and each step would ask every
 * one of them where it next stands: those are tested character by character (for the
 * eleven of the event-date phrase, the searches took longer than the test).
 */
final class StartCharacters {

	/** Up to this many distinct characters, one search each: the ten digits. */
	static final int FEW = 10;

	/** The distinct characters. */
	private final char[] chars;

	/** The characters below 128, as bits. */
	private final long asciiLow;

	private final long asciiHigh;

	/**
	 * The characters from 128 on, and their lowest and highest: most of a story's
	 * characters from 128 on are Vietnamese letters, which start none of them or lie
	 * outside that range.
	 */
	private final char[] others;

	private final char lowest;

	private final char highest;

	private final boolean searched;

	StartCharacters(String starts) {
		this(starts, distinct(starts).length() <= FEW);
	}

	/**
	 * @param searched whether the next start is found by one search per character rather
	 * than character by character (both give the same positions)
	 */
	StartCharacters(String starts, boolean searched) {
		this.chars = distinct(starts).toCharArray();
		this.searched = searched;
		long low = 0;
		long high = 0;
		StringBuilder other = new StringBuilder();
		for (char c : this.chars) {
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
		this.others = other.toString().toCharArray();
		char least = Character.MAX_VALUE;
		char most = 0;
		for (char c : this.others) {
			least = (char) Math.min(least, c);
			most = (char) Math.max(most, c);
		}
		this.lowest = least;
		this.highest = most;
	}

	/** Where the next start stands in one text, asked at positions that never go back. */
	Cursor in(String text) {
		return new Cursor(text);
	}

	boolean contains(char c) {
		if (c < 64) {
			return (this.asciiLow & (1L << c)) != 0;
		}
		if (c < 128) {
			return (this.asciiHigh & (1L << (c - 64))) != 0;
		}
		if (c < this.lowest || c > this.highest) {
			return false;
		}
		for (char start : this.others) {
			if (start == c) {
				return true;
			}
		}
		return false;
	}

	private static String distinct(String starts) {
		StringBuilder distinct = new StringBuilder(starts.length());
		starts.chars().distinct().forEach((c) -> distinct.append((char) c));
		return distinct.toString();
	}

	/** The next start in one text. */
	final class Cursor {

		private final String text;

		/**
		 * Where each character next stands (the text's length when nowhere), -1 before
		 * the first search.
		 */
		private final int[] nextAt;

		private Cursor(String text) {
			this.text = text;
			this.nextAt = StartCharacters.this.searched ? new int[StartCharacters.this.chars.length] : null;
			if (this.nextAt != null) {
				java.util.Arrays.fill(this.nextAt, -1);
			}
		}

		/**
		 * The first position from {@code from} on that holds a start, or the text's
		 * length when none does; {@code from} never less than at the call before.
		 */
		int next(int from) {
			int length = this.text.length();
			if (this.nextAt == null) {
				int i = from;
				while (i < length && !contains(this.text.charAt(i))) {
					i++;
				}
				return Math.min(i, length);
			}
			int nearest = length;
			for (int k = 0; k < this.nextAt.length; k++) {
				if (this.nextAt[k] < from) {
					int at = (from < length) ? this.text.indexOf(StartCharacters.this.chars[k], from) : -1;
					this.nextAt[k] = (at < 0) ? length : at;
				}
				nearest = Math.min(nearest, this.nextAt[k]);
			}
			return nearest;
		}

	}

}
