package vn.newsarchive.kernel;

/**
 * Whitespace as scraped pages carry it, and its collapsing to single spaces: the loops
 * behind {@link VietnameseText#collapseSpaces} and
 * {@link VietnameseText#foldedLowerCollapsed}, kept apart because they run on every line
 * the segmenter reads.
 */
final class Spaces {

	private Spaces() {
	}

	/** Every space a single ' ' between two other characters. */
	static boolean isCollapsed(String text) {
		int last = text.length() - 1;
		for (int i = 0; i <= last; i++) {
			char c = text.charAt(i);
			if (isSpace(c) && (c != ' ' || i == 0 || i == last || text.charAt(i - 1) == ' ')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Every run of whitespace as one space, trimmed; with {@code foldLower} the letters
	 * folded and lower-cased in the same pass.
	 */
	static String collapse(String text, boolean foldLower) {
		StringBuilder out = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				pendingSpace = !out.isEmpty();
				continue;
			}
			if (foldLower) {
				char folded = FoldTable.replacement(c);
				if (folded == 0) {
					// a combining mark, dropped
					continue;
				}
				c = Character.toLowerCase(folded);
			}
			if (pendingSpace) {
				out.append(' ');
				pendingSpace = false;
			}
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * Java's whitespace plus the non-breaking and zero-width spaces scraped pages carry.
	 * Written out by ranges because it runs on every character the segmenter compares,
	 * and {@link Character#isWhitespace} is slow on Vietnamese letters (above Latin-1).
	 */
	static boolean isSpace(char c) {
		if (c <= ' ') {
			return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
		}
		if (c < '\u00A0') {
			return false;
		}
		if (c == '\u00A0') {
			return true;
		}
		if (c < '\u2000') {
			// Vietnamese letters (U+1EA0-U+1EF9) answered here, in three comparisons
			return c == '\u1680';
		}
		return c <= '\u200B' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000'
				|| c == '\uFEFF';
	}

}
