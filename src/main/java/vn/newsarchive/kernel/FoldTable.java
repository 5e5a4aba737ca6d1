package vn.newsarchive.kernel;

import java.text.Normalizer;

/**
 * Diacritic folding by table lookup: it runs on every line the segmenter compares, so it
 * must not decompose and regex-replace each time. The table is built once from the
 * Unicode decomposition of the Latin letters Vietnamese uses; combining marks are
 * dropped, đ becomes d.
 */
final class FoldTable {

	private static final char FIRST = '\u00C0';

	private static final char LAST = '\u1EF9';

	private static final char[] TABLE = build();

	private FoldTable() {
	}

	static String fold(String text) {
		StringBuilder folded = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char replacement = replacement(c);
			if (replacement == c && folded == null) {
				continue;
			}
			if (folded == null) {
				folded = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (replacement != 0) {
				folded.append(replacement);
			}
		}
		return (folded != null) ? folded.toString() : text;
	}

	/**
	 * The plain letter for c, c itself when it has no diacritic, or 0 for a combining
	 * mark.
	 */
	static char replacement(char c) {
		if (c < FIRST) {
			return c;
		}
		if (c >= '\u0300' && c <= '\u036F') {
			return 0;
		}
		return (c <= LAST) ? TABLE[c - FIRST] : c;
	}

	private static char[] build() {
		char[] table = new char[LAST - FIRST + 1];
		for (char c = FIRST; c <= LAST; c++) {
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char base = decomposed.charAt(0);
			table[c - FIRST] = (decomposed.length() > 1 && base < FIRST) ? base : c;
		}
		table['đ' - FIRST] = 'd';
		table['Đ' - FIRST] = 'D';
		return table;
	}

}
