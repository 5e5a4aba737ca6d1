package vn.newsarchive.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * Party documents named by kind and number without a code ("Kết luận 21", "Nghị quyết số
 * 26"). Found from the numbers of a passage backwards: each run of at most four digits is
 * checked for a kind word right before it, so the kinds' alternation runs on a few
 * characters per number instead of at every position of the text.
 */
final class NumberedReferences {

	/** Longer than the longest kind word, "số" and the spaces between. */
	private static final int KIND_REACH = 32;

	private static final int MAX_DIGITS = 4;

	/** A numbered reference: its kind word as written, its number and where it stands. */
	record Numbered(String kind, String number, int start, int end, boolean withSo) {
	}

	private final Pattern kindBefore;

	NumberedReferences(List<String> kinds) {
		this.kindBefore = Pattern.compile("(?<![\\p{L}])(" + WordList.of(kinds).alternation() + ")\\s+(số\\s+)?$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	List<Numbered> find(String text) {
		List<Numbered> found = new ArrayList<>();
		Matcher kind = this.kindBefore.matcher(text).useTransparentBounds(true);
		int i = 0;
		while (i < text.length()) {
			if (!Character.isDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int end = i;
			while (end < text.length() && Character.isDigit(text.charAt(end))) {
				end++;
			}
			if (end - i <= MAX_DIGITS && !continuesNumber(text, end) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
				kind.region(Math.max(0, i - KIND_REACH), i);
				if (kind.find()) {
					found.add(new Numbered(kind.group(1), text.substring(i, end), kind.start(), end,
							kind.group(2) != null));
				}
			}
			i = end;
		}
		return found;
	}

	/** A code or a date goes on after the digits ("26-NQ/TW", "19/5"): no bare number. */
	private static boolean continuesNumber(String text, int end) {
		if (end >= text.length()) {
			return false;
		}
		char c = text.charAt(end);
		return Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '–';
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c);
	}

}
