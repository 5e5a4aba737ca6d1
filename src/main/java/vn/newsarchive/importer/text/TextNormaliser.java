package vn.newsarchive.importer.text;

import vn.newsarchive.kernel.VietnameseText;

/**
 * Cleans decoded text without changing its words: NFC, look-alike letters, odd spaces and
 * invisible characters, line ends, spaces collapsed and lines trimmed, runs of blank
 * lines collapsed into one. Curly quotes and the source's tone placement are kept.
 */
public final class TextNormaliser implements Normaliser {

	/**
	 * The lower-case vowels (NFC) that can end a syllable split from its final cluster.
	 */
	private static final String VOWELS = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

	@Override
	public String normalise(String text) {
		if (text == null) {
			return "";
		}
		String nfc = VietnameseText.nfc(text);
		// a plain array: a builder checks its capacity and its coder at every character,
		// and copies itself when the first Vietnamese letter comes
		char[] out = new char[nfc.length()];
		int length = 0;
		boolean pendingSpace = false;
		int blankLines = 0;
		boolean lineHasText = false;
		boolean dropped = false;
		for (int i = 0; i < nfc.length(); i++) {
			char c = map(nfc.charAt(i));
			if (c == '\r') {
				if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
					continue;
				}
				c = '\n';
			}
			if (c == '\n') {
				pendingSpace = false;
				if (lineHasText) {
					out[length++] = '\n';
					lineHasText = false;
					blankLines = 0;
				}
				else if (length > 0 && blankLines++ == 0) {
					out[length++] = '\n';
				}
				continue;
			}
			if (c == ' ') {
				pendingSpace = lineHasText;
				continue;
			}
			if (c == 0) {
				dropped = true;
				continue;
			}
			if (pendingSpace) {
				out[length++] = ' ';
				pendingSpace = false;
			}
			out[length++] = c;
			lineHasText = true;
		}
		while (length > 0 && out[length - 1] == '\n') {
			length--;
		}
		// removing invisible characters can bring a letter and its mark together again
		// (nothing else removed or mapped here composes: spaces inside a line are kept)
		String cleaned = new String(out, 0, length);
		return rejoinSplitSyllables(dropped ? VietnameseText.nfc(cleaned) : cleaned);
	}

	/**
	 * A stray space inside a syllable, left by page residue ("Bí thư Thà nh ủy", "Ban
	 * Chấp hà nh"): a final consonant cluster standing alone after a vowel is no word, so
	 * it is joined back to the vowel.
	 */
	static String rejoinSplitSyllables(String text) {
		StringBuilder out = null;
		int copied = 0;
		int space = text.indexOf(' ', 2);
		while (space >= 0 && space + 2 < text.length()) {
			if (isSplitFinal(text, space)) {
				out = (out != null) ? out : new StringBuilder(text.length());
				out.append(text, copied, space);
				copied = space + 1;
			}
			space = text.indexOf(' ', space + 1);
		}
		return (out == null) ? text : out.append(text, copied, text.length()).toString();
	}

	/**
	 * A word ending in a vowel after a letter, this space, then "nh", "ng" or "ch" ending
	 * its own word (no letter, mark or digit after it). A plain scan from the spaces: the
	 * same test as a pattern with a look-behind, which was tried at every position of
	 * every article and took a third of the extraction's time.
	 */
	private static boolean isSplitFinal(String text, int space) {
		char first = text.charAt(space + 1);
		char second = text.charAt(space + 2);
		boolean cluster = (first == 'n' && (second == 'h' || second == 'g')) || (first == 'c' && second == 'h');
		if (!cluster || VOWELS.indexOf(text.charAt(space - 1)) < 0 || !Character.isLetter(text.charAt(space - 2))) {
			return false;
		}
		if (space + 3 >= text.length()) {
			return true;
		}
		int next = text.codePointAt(space + 3);
		int type = Character.getType(next);
		return !Character.isLetter(next) && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
				&& type != Character.COMBINING_SPACING_MARK && (next < '0' || next > '9');
	}

	/**
	 * Maps one character: look-alikes to Vietnamese letters, spaces to ' ', invisibles to
	 * 0.
	 */
	static char map(char c) {
		// printable ASCII and the Vietnamese letters (Latin-1's, "ă", "đ", "ĩ", "ũ",
		// "ơ", "ư" and U+1EA0-U+1EF9), most of a text, map to themselves: answered before
		// the switch's search of its cases
		if ((c >= ' ' && c < '\u0085')
				|| (c >= '\u00C0' && c <= '\u01B0' && c != '\u00D0' && c != '\u00F0' && c != '\u0189')
				|| (c >= '\u1EA0' && c <= '\u1EF9')) {
			return c;
		}
		return mapOther(c);
	}

	/** {@link #map}'s cases, for every character. */
	static char mapOther(char c) {
		switch (c) {
			case '\u00D0', '\u0189':
				return 'Đ';
			case '\u00F0', '\u0256':
				return 'đ';
			case '\t', '\u000B', '\f', '\u00A0', '\u1680', '\u2028', '\u202F', '\u205F', '\u3000':
				return ' ';
			case '\u2029', '\u0085':
				return '\n';
			case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F':
				return 0;
			default:
				if (c >= '\u2000' && c <= '\u200A') {
					return ' ';
				}
				if (c < ' ' && c != '\n' && c != '\r') {
					return 0;
				}
				return c;
		}
	}

}
