package vn.newsarchive.importer.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key that makes two spellings of a name the same person: NFC, single spaces, lower
 * case, and one tone placement ("Thủy"/"Thuỷ"); diacritics are kept, since Hưng and Hùng
 * are two people.
 */
final class PersonNameKey {

	/**
	 * Old-style tone on the first vowel of a final oa/oe/uy, moved to the second
	 * (decomposed form).
	 */
	private static final Pattern OLD_TONE_PLACEMENT = Pattern
		.compile("([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\\p{L}\\p{M}])");

	private PersonNameKey() {
	}

	static String of(String name) {
		String decomposed = Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFD);
		String moved = OLD_TONE_PLACEMENT.matcher(decomposed).replaceAll("$1$3$2");
		return Normalizer.normalize(moved, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}
