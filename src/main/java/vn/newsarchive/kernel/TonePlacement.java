package vn.newsarchive.kernel;

/**
 * Tone placement in the open diphthongs oa, oe and uy: the traditional style puts the
 * mark on the first vowel ({@code hòa}, {@code thủy}), the modern one on the main vowel
 * ({@code hoà}, {@code thuỷ}). The importer's canonical form is the modern one.
 */
final class TonePlacement {

	/** o/u carrying a tone, per tone: grave, acute, hook, tilde, dot below. */
	private static final String TONED_O = "òóỏõọ";

	private static final String TONED_O_UPPER = "ÒÓỎÕỌ";

	private static final String TONED_U = "ùúủũụ";

	private static final String TONED_U_UPPER = "ÙÚỦŨỤ";

	private static final String TONED_A = "àáảãạ";

	private static final String TONED_A_UPPER = "ÀÁẢÃẠ";

	private static final String TONED_E = "èéẻẽẹ";

	private static final String TONED_E_UPPER = "ÈÉẺẼẸ";

	private static final String TONED_Y = "ỳýỷỹỵ";

	private static final String TONED_Y_UPPER = "ỲÝỶỸỴ";

	private TonePlacement() {
	}

	/** The NFC text with traditional placements moved to the modern ones. */
	static String modern(String nfc) {
		StringBuilder out = null;
		for (int i = 0; i + 1 < nfc.length(); i++) {
			char c = nfc.charAt(i);
			char next = nfc.charAt(i + 1);
			int tone;
			String target;
			char base;
			if ((tone = indexOf(TONED_O, TONED_O_UPPER, c)) >= 0 && (lower(next) == 'a' || lower(next) == 'e')) {
				base = isUpper(c) ? 'O' : 'o';
				target = (lower(next) == 'a') ? (isUpper(next) ? TONED_A_UPPER : TONED_A)
						: (isUpper(next) ? TONED_E_UPPER : TONED_E);
			}
			else if ((tone = indexOf(TONED_U, TONED_U_UPPER, c)) >= 0 && lower(next) == 'y') {
				base = isUpper(c) ? 'U' : 'u';
				target = isUpper(next) ? TONED_Y_UPPER : TONED_Y;
			}
			else {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(nfc);
			}
			out.setCharAt(i, base);
			out.setCharAt(i + 1, target.charAt(tone));
			i++;
		}
		return (out != null) ? out.toString() : nfc;
	}

	private static int indexOf(String lowerSet, String upperSet, char c) {
		int index = lowerSet.indexOf(c);
		return (index >= 0) ? index : upperSet.indexOf(c);
	}

	private static boolean isUpper(char c) {
		return Character.isUpperCase(c);
	}

	private static char lower(char c) {
		return Character.toLowerCase(c);
	}

}
