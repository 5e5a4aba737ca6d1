package vn.newsarchive.importer.segment;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese written without diacritics, as image alt text and URL slugs leave it:
 * {@code truong ban dan van trung uong ...}. A word counts when it is a possible
 * Vietnamese syllable once folded, so English lines ("Google News") are not taken for
 * slugs.
 */
final class SlugLines {

	private static final Pattern SYLLABLE = Pattern
		.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?");

	private static final int MIN_WORDS = 4;

	private static final int MIN_PREFIX_WORDS = 5;

	private SlugLines() {
	}

	/**
	 * The whole line is a diacritic-free Vietnamese phrase of at least four syllables.
	 */
	static boolean isSlugLine(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) > 127) {
				return false;
			}
		}
		int syllables = 0;
		int others = 0;
		for (String token : line.split(" ")) {
			String word = stripPunctuation(token).toLowerCase(Locale.ROOT);
			if (word.isEmpty() || isNumber(word)) {
				continue;
			}
			if (SYLLABLE.matcher(word).matches()) {
				syllables++;
			}
			else {
				others++;
			}
		}
		return syllables >= MIN_WORDS && others * 8 <= syllables;
	}

	/**
	 * Where the text glued after a lower-case slug starts ("truong ban ... giao Đoàn Tiểu
	 * ban ..."), or -1 when the line does not start with one.
	 */
	static int gluedTextStart(String line) {
		int position = 0;
		int words = 0;
		while (position < line.length()) {
			int end = line.indexOf(' ', position);
			if (end < 0) {
				return -1;
			}
			String word = line.substring(position, end);
			if (!isLowerAscii(word) || !(isNumber(word) || SYLLABLE.matcher(word).matches())) {
				break;
			}
			words++;
			position = end + 1;
		}
		if (words < MIN_PREFIX_WORDS || position >= line.length()) {
			return -1;
		}
		char next = line.charAt(position);
		return (Character.isUpperCase(next) || next > 127 || Character.isDigit(next)) ? position : -1;
	}

	private static boolean isLowerAscii(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return !word.isEmpty();
	}

	private static boolean isNumber(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static String stripPunctuation(String token) {
		int start = 0;
		int end = token.length();
		while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
			end--;
		}
		return token.substring(start, end);
	}

}
