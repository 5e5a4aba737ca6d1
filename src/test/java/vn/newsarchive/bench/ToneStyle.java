package vn.newsarchive.bench;

import vn.newsarchive.kernel.VietnameseText;

/**
 * Writes a text in one tone-placement style: modern ({@code hoà}, {@code thuỷ}) or
 * traditional ({@code hòa}, {@code thủy}), as different news sites do.
 */
final class ToneStyle {

	private static final String TONED_A = "àáảãạÀÁẢÃẠ";

	private static final String TONED_E = "èéẻẽẹÈÉẺẼẸ";

	private static final String TONED_Y = "ỳýỷỹỵỲÝỶỸỴ";

	private static final String TONED_O = "òóỏõọÒÓỎÕỌ";

	private static final String TONED_U = "ùúủũụÙÚỦŨỤ";

	private ToneStyle() {
	}

	static String apply(String nfc, boolean modern) {
		return modern ? VietnameseText.normaliseTones(nfc) : traditional(VietnameseText.normaliseTones(nfc));
	}

	/**
	 * Moves the mark of an open oa, oe or uy back to its first vowel; {@code qu} is a
	 * consonant ({@code quý} keeps its mark) and closed syllables ({@code hoàng}) keep
	 * theirs in both styles.
	 */
	private static String traditional(String modern) {
		StringBuilder out = new StringBuilder(modern);
		for (int i = 0; i + 1 < out.length(); i++) {
			char c = out.charAt(i);
			char next = out.charAt(i + 1);
			boolean open = i + 2 == out.length() || !Character.isLetter(out.charAt(i + 2));
			boolean afterQ = i > 0 && Character.toLowerCase(out.charAt(i - 1)) == 'q';
			if (!open || afterQ) {
				continue;
			}
			int tone;
			if ((c == 'o' || c == 'O') && (tone = toneOf(TONED_A, TONED_E, next)) >= 0) {
				out.setCharAt(i, TONED_O.charAt(tone + ((c == 'O') ? 5 : 0)));
				out.setCharAt(i + 1, plain(next));
			}
			else if ((c == 'u' || c == 'U') && (tone = toneOf(TONED_Y, TONED_Y, next)) >= 0) {
				out.setCharAt(i, TONED_U.charAt(tone + ((c == 'U') ? 5 : 0)));
				out.setCharAt(i + 1, plain(next));
			}
		}
		return out.toString();
	}

	private static int toneOf(String first, String second, char c) {
		int index = first.indexOf(c);
		index = (index >= 0) ? index : second.indexOf(c);
		return (index >= 0) ? index % 5 : -1;
	}

	private static char plain(char toned) {
		return VietnameseText.fold(String.valueOf(toned)).charAt(0);
	}

}
