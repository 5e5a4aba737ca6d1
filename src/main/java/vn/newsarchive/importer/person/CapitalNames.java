package vn.newsarchive.importer.person;

import java.util.Set;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/** Names printed in capitals inside running text. */
final class CapitalNames {

	private static final int MAX_SYLLABLES = 4;

	private final Set<String> familyNames;

	CapitalNames(WordList familyNames) {
		this.familyNames = familyNames.keys();
	}

	/**
	 * The text with each name written in capitals inside running text ("đồng chí PHAN VĂN
	 * PHỤNG, Ủy viên ...") in title case, the same length: two to four capitalised words
	 * starting with a family name. Headlines in capitals are not running text and are not
	 * given here.
	 */
	String titleCased(String text) {
		StringBuilder out = null;
		int i = 0;
		while (i < text.length()) {
			int first = Words.end(text, i, true);
			if (first < 0) {
				i++;
				continue;
			}
			int words = 1;
			int end = first;
			while (end + 1 < text.length() && text.charAt(end) == ' ') {
				int next = Words.end(text, end + 1, true);
				if (next < 0) {
					break;
				}
				words++;
				end = next;
			}
			if (words >= 2 && words <= MAX_SYLLABLES
					&& this.familyNames.contains(VietnameseText.key(text.substring(i, first)))) {
				out = (out != null) ? out : new StringBuilder(text);
				for (int k = i + 1; k < end; k++) {
					if (text.charAt(k - 1) != ' ') {
						out.setCharAt(k, Character.toLowerCase(text.charAt(k)));
					}
				}
			}
			i = end;
		}
		return (out != null) ? out.toString() : text;
	}

}
