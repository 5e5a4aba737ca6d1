package vn.newsarchive.importer.segment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.newsarchive.kernel.VietnameseText;

/**
 * How the segmenter compares a line with a listed one or with another line: lower case,
 * no diacritics, single spaces, no trailing punctuation.
 */
final class LineKey {

	static final int SAME_TEXT_SLACK = 8;

	private LineKey() {
	}

	/**
	 * Lower case, no diacritics, single spaces, no trailing punctuation: the comparison
	 * key.
	 */
	static String of(String line) {
		String spaced = VietnameseText.foldedLowerCollapsed(line);
		int end = spaced.length();
		while (end > 0 && ".:;,!-–—»>|".indexOf(spaced.charAt(end - 1)) >= 0) {
			end--;
		}
		return spaced.substring(0, end).strip();
	}

	/**
	 * Whether two lines read the same (case, diacritics, spacing and trailing punctuation
	 * aside). Lines of clearly different lengths are told apart without folding them.
	 */
	static boolean sameText(String a, String b) {
		if (Math.abs(a.length() - b.length()) > SAME_TEXT_SLACK + Math.max(a.length(), b.length()) / 10) {
			return false;
		}
		return of(a).equals(of(b));
	}

	/**
	 * The keys of a list's lines; a line of punctuation alone keeps its own folded form.
	 */
	static Set<String> keysOf(List<String> lines) {
		Set<String> keys = new LinkedHashSet<>();
		for (String line : lines) {
			String key = of(line);
			if (!key.isEmpty()) {
				keys.add(key);
			}
			else {
				// lines that are only punctuation ("A+") keep their own folded form
				keys.add(VietnameseText.fold(line).toLowerCase(Locale.ROOT).strip());
			}
		}
		return Set.copyOf(keys);
	}

}
