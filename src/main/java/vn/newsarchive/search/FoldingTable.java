package vn.newsarchive.search;

import java.text.Normalizer;

/**
 * What {@link FoldedWords} knows of each character without asking the analyzer: its
 * folded letter ({@link VietnameseAnalysis#folded} folds precomposed Vietnamese letters
 * to their base, "Đ" to "d") and its kind (a space, a letter or digit, a character that
 * joins two words, one the analyzer reads its own way), built once into two tables.
 */
final class FoldingTable {

	/**
	 * The folded letter of each character below U+2000, or 0 where the table cannot tell.
	 */
	static final char[] FOLD = new char[0x2000];

	/** A space: {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
	static final byte SPACE = 1;

	/** {@link Character#isLetterOrDigit}. */
	static final byte LETTER_OR_DIGIT = 2;

	/** {@link Character#isDigit}. */
	static final byte DIGIT = 4;

	/**
	 * A character the analyzer reads its own way wherever it stands: an underscore, a
	 * combining mark, an invisible format character, half of a surrogate pair.
	 */
	static final byte ANALYZED = 8;

	/** Joins two letters or digits ({@code TP.HCM}, {@code 1.000}). */
	static final byte JOINS_WORDS = 16;

	/** Joins two digits ({@code 1,5}). */
	static final byte JOINS_DIGITS = 32;

	/**
	 * What the scan asks of each character, one table look-up instead of the several
	 * {@link Character} calls per character that were most of a snippet's time.
	 */
	static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

	static {
		for (char c = 0; c < FOLD.length; c++) {
			FOLD[c] = fold(c);
		}
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			KIND[c] = kind((char) c);
		}
	}

	private FoldingTable() {
	}

	/**
	 * Whether a run of text between spaces splits into words at every character that is
	 * no letter or digit. Not when a dot, colon or apostrophe stands between two letters
	 * or digits ({@code TP.HCM}, {@code 1.000}), a comma or semicolon between digits, or
	 * the run holds an underscore, a combining mark or an invisible format character: the
	 * analyzer joins or reads those its own way, so it reads that run.
	 */
	static boolean isPlain(char[] text, int start, int end) {
		for (int i = start; i < end; i++) {
			byte kind = KIND[text[i]];
			if ((kind & ANALYZED) != 0) {
				return false;
			}
			if ((kind & (JOINS_WORDS | JOINS_DIGITS)) != 0 && i > start && i + 1 < end) {
				byte before = KIND[text[i - 1]];
				byte after = KIND[text[i + 1]];
				if ((kind & JOINS_WORDS) != 0 && (before & LETTER_OR_DIGIT) != 0 && (after & LETTER_OR_DIGIT) != 0) {
					return false;
				}
				if ((kind & JOINS_DIGITS) != 0 && (before & DIGIT) != 0 && (after & DIGIT) != 0) {
					return false;
				}
			}
		}
		return true;
	}

	private static byte kind(char c) {
		int type = Character.getType(c);
		int kind = 0;
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			kind |= SPACE;
		}
		if (Character.isLetterOrDigit(c)) {
			kind |= LETTER_OR_DIGIT;
		}
		if (Character.isDigit(c)) {
			kind |= DIGIT;
		}
		if (c == '_' || type == Character.NON_SPACING_MARK || type == Character.FORMAT
				|| type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
				|| Character.isSurrogate(c)) {
			kind |= ANALYZED;
		}
		if (".:'’·".indexOf(c) >= 0) {
			kind |= JOINS_WORDS;
		}
		if (",;".indexOf(c) >= 0) {
			kind |= JOINS_DIGITS;
		}
		return (byte) kind;
	}

	private static char fold(char c) {
		if (c < 0x80) {
			return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
		}
		if (c == 'đ' || c == 'Đ') {
			return 'd';
		}
		boolean latin = (c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
		if (!latin || !Character.isLetter(c)) {
			return 0;
		}
		char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
		return (base < 0x80 && Character.isLetter(base)) ? Character.toLowerCase(base) : 0;
	}

}
