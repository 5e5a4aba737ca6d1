package vn.newsarchive.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese spelling rules shared by the importer, search and the person registry: NFC,
 * cleaning of spaces, comparison keys, folding, slugs and person keys.
 * <p>
 * Canonical tone placement ({@link #normaliseTones}) is the <em>modern</em> style, where
 * the tone mark sits on the main vowel of the open diphthongs oa, oe and uy: {@code hoà},
 * {@code khoẻ}, {@code thuỷ}, {@code Uỷ}. The traditional forms ({@code hòa},
 * {@code khỏe}, {@code thủy}, {@code Ủy}) are mapped to it. Closed syllables
 * ({@code hoàng}, {@code huỳnh}) are written alike in both styles and are not changed.
 * Stored article text keeps the source's placement; only keys and search terms are
 * tone-normalised.
 */
public final class VietnameseText {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

	/** Letters that only Vietnamese uses among Latin scripts (precomposed, NFC). */
	private static final String VIETNAMESE_ONLY = "ăâđêôơưĂÂĐÊÔƠƯ";

	private VietnameseText() {
	}

	/**
	 * NFC with every run of whitespace (including non-breaking spaces and line breaks)
	 * made one space.
	 */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		return collapseSpaces(nfc(text));
	}

	/**
	 * Every run of whitespace (line breaks, non-breaking and zero-width spaces too) as
	 * one space, trimmed. A loop rather than a regex: the segmenter calls it on every
	 * line.
	 */
	public static String collapseSpaces(String text) {
		// most text reaching here was collapsed before (the normaliser, then the passes):
		// no copy then
		return Spaces.isCollapsed(text) ? text : Spaces.collapse(text, false);
	}

	/**
	 * A key equal for all spellings of the same words: lower case, single spaces, and the
	 * tone mark moved to the end of its syllable so that its placement no longer matters.
	 */
	public static String key(String text) {
		return ToneKeys.key(text);
	}

	/** True when the text is written (nearly) in capitals, as headlines sometimes are. */
	public static boolean isShouting(String text) {
		int upper = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
				// four capitals are needed for each other letter: stop once the rest of
				// the text, all capitals, could not make up for those seen
				else if (upper + (text.length() - i - 1) < 4 * (letters - upper)) {
					return false;
				}
			}
		}
		return letters >= 12 && upper * 10 >= letters * 8;
	}

	/** Capitalises each syllable ("TRƯƠNG THỊ MAI" becomes "Trương Thị Mai"). */
	public static String titleCase(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean start = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
			start = c == ' ';
		}
		return out.toString();
	}

	public static String nfc(String text) {
		if (text == null) {
			return null;
		}
		return (isPlainlyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Whether every character lies below the combining marks (U+0300), among the
	 * precomposed Vietnamese letters (U+1EA0-U+1EF9) or among the punctuation from U+2010
	 * to U+205E (dashes, curly quotes, the ellipsis): each is NFC alone, none combines
	 * with what stands before it, so the text is NFC. The normaliser's own check looks
	 * every Vietnamese letter up in its tables, on every article three times (and was
	 * still run on every story with a curly quote or a dash).
	 */
	static boolean isPlainlyNfc(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0300' && (c < '\u1EA0' || c > '\u1EF9') && (c < '\u2010' || c > '\u205E')) {
				return false;
			}
		}
		return true;
	}

	/** Moves tone marks of oa, oe and uy to the modern placement (hoà, khoẻ, thuỷ). */
	public static String normaliseTones(String text) {
		return (text != null) ? TonePlacement.modern(nfc(text)) : null;
	}

	/** Strips all diacritics and maps đ/Đ to d/D; case is kept. */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		return FoldTable.fold(text);
	}

	/**
	 * Folded, lower case, every run of whitespace as one space, trimmed: what
	 * {@code collapseSpaces(fold(text).toLowerCase(Locale.ROOT))} gives for Vietnamese
	 * text, in one pass and one copy, since the segmenter compares every line by it.
	 */
	public static String foldedLowerCollapsed(String text) {
		return Spaces.collapse(text, true);
	}

	/** ASCII, lower-case, hyphen-separated: "Bộ Ngoại giao" becomes "bo-ngoai-giao". */
	public static String slug(String text) {
		if (text == null) {
			return null;
		}
		String folded = fold(text).toLowerCase(Locale.ROOT);
		String slug = NON_SLUG.matcher(folded).replaceAll("-");
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

	/**
	 * The identity of a written name: NFC, single spaces, modern tone placement, lower
	 * case. Diacritics are kept, so Hưng and Hùng stay different people.
	 */
	public static String personKey(String name) {
		if (name == null) {
			return null;
		}
		String spaced = SPACES.matcher(nfc(name)).replaceAll(" ").strip();
		return normaliseTones(spaced.toLowerCase(Locale.ROOT));
	}

	/** Whether the character is a letter only Vietnamese writes (ơ, ư, đ, ạ, ế, ...). */
	public static boolean isVietnameseLetter(char c) {
		// none of them is below À: most characters are ruled out without a look-up
		return c >= '\u00C0' && (c >= '\u1EA0' && c <= '\u1EF9' || VIETNAMESE_ONLY.indexOf(c) >= 0 || c == 'ĩ'
				|| c == 'Ĩ' || c == 'ũ' || c == 'Ũ');
	}

	/** How many characters of the text are letters only Vietnamese writes. */
	public static int countVietnameseLetters(CharSequence text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isVietnameseLetter(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

}
