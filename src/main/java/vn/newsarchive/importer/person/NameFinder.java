package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.newsarchive.importer.text.VietnameseText;
import vn.newsarchive.importer.text.WordList;

/**
 * Finds candidate names: two to four capitalised syllables that start with a family name.
 * A run of capitalised syllables may hold an organisation before the name ("Đảng ủy Bộ
 * Nguyễn Huy Hưng") or a title after it (a byline "Lương Hải Sinh Bí thư ..."); the name
 * is cut out of the run. Whether a candidate really is a person is for
 * {@link PersonExtractor}.
 */
final class NameFinder {

	private static final int MAX_SYLLABLES = 4;

	private static final int MAX_CACHED = 20_000;

	private final Map<String, String> syllableKeys = new ConcurrentHashMap<>();

	private final Set<String> familyNames;

	private final Set<String> places;

	/**
	 * First syllables of the places, so that most runs are ruled out without building
	 * keys.
	 */
	private final Set<String> placeStarts;

	private final Pattern titleHead;

	NameFinder(WordList familyNames, WordList places, Pattern titleHead) {
		this.familyNames = familyNames.keys();
		this.places = places.keys();
		this.placeStarts = this.places.stream().map((p) -> p.substring(0, p.indexOf(' '))).collect(Collectors.toSet());
		this.titleHead = titleHead;
	}

	List<NameSpan> find(String text) {
		List<NameSpan> names = new ArrayList<>();
		List<int[]> run = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = wordEnd(text, i, false);
			if (end < 0) {
				i++;
				continue;
			}
			if (!run.isEmpty() && !isSingleSpace(text, run.get(run.size() - 1)[1], i)) {
				nameInRun(text, run, names);
				run.clear();
			}
			run.add(new int[] { i, end });
			i = end;
		}
		nameInRun(text, run, names);
		return names;
	}

	/**
	 * Where a word starting at {@code at} with a capital ends, or -1 when none starts
	 * there: a capitalised word ("Minh", not "UBND" or "Hà3"), or with {@code inCapitals}
	 * a word in capitals ("PHỤNG"). A plain scan: it runs over every character of every
	 * passage.
	 */
	private static int wordEnd(String text, int at, boolean inCapitals) {
		if (!Character.isUpperCase(text.charAt(at)) || at > 0 && isWordChar(text.charAt(at - 1))) {
			return -1;
		}
		int end = at + 1;
		while (end < text.length()
				&& (inCapitals ? Character.isUpperCase(text.charAt(end)) : Character.isLowerCase(text.charAt(end))
						|| Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
			end++;
		}
		return (end < text.length() && isWordChar(text.charAt(end))) ? -1 : end;
	}

	private static boolean isSingleSpace(String text, int from, int to) {
		return to == from + 1 && text.charAt(from) == ' ';
	}

	private void nameInRun(String text, List<int[]> run, List<NameSpan> names) {
		int n = run.size();
		int i = 0;
		while (i < n - 1) {
			String first = syllableKey(syllable(text, run, i));
			if (!this.familyNames.contains(first) && !this.placeStarts.contains(first)) {
				i++;
				continue;
			}
			int place = placeLength(text, run, i);
			if (place > 0) {
				i += place;
				continue;
			}
			if (this.familyNames.contains(first)) {
				int end = endBeforeTitle(text, run, i, n);
				int length = end - i;
				if (length >= 2 && length <= MAX_SYLLABLES && !beginsBody(text, run.get(i)[0], run.get(end - 1)[1])) {
					int start = run.get(i)[0];
					int stop = run.get(end - 1)[1];
					names.add(new NameSpan(text.substring(start, stop), start, stop, length));
					i = end;
					continue;
				}
			}
			i++;
		}
	}

	private int endBeforeTitle(String text, List<int[]> run, int from, int n) {
		for (int k = from + 2; k < n; k++) {
			Matcher head = this.titleHead.matcher(text).region(run.get(k)[0], text.length());
			if (head.lookingAt()) {
				return k;
			}
		}
		return n;
	}

	/**
	 * A body whose name goes on in lower case ("Đoàn Thanh niên" is the Youth Union, not
	 * a Mr Thanh): the run and the next word together are a listed name.
	 */
	private boolean beginsBody(String text, int start, int stop) {
		if (stop + 1 >= text.length() || text.charAt(stop) != ' ' || !Character.isLowerCase(text.charAt(stop + 1))) {
			return false;
		}
		int wordEnd = stop + 1;
		while (wordEnd < text.length() && (Character.isLetter(text.charAt(wordEnd))
				|| Character.getType(text.charAt(wordEnd)) == Character.NON_SPACING_MARK)) {
			wordEnd++;
		}
		return this.places.contains(VietnameseText.key(text.substring(start, wordEnd)));
	}

	/**
	 * The text with each name written in capitals inside running text ("đồng chí PHAN VĂN
	 * PHỤNG, Ủy viên ...") in title case, the same length: two to four capitalised words
	 * starting with a family name. Headlines in capitals are not running text and are not
	 * given here.
	 */
	String withCapitalNamesTitleCased(String text) {
		StringBuilder out = null;
		int i = 0;
		while (i < text.length()) {
			int first = wordEnd(text, i, true);
			if (first < 0) {
				i++;
				continue;
			}
			int words = 1;
			int end = first;
			while (end + 1 < text.length() && text.charAt(end) == ' ') {
				int next = wordEnd(text, end + 1, true);
				if (next < 0) {
					break;
				}
				words++;
				end = next;
			}
			if (words >= 2 && words <= MAX_SYLLABLES
					&& this.familyNames.contains(syllableKey(text.substring(i, first)))) {
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

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private int placeLength(String text, List<int[]> run, int from) {
		if (!this.placeStarts.contains(syllableKey(syllable(text, run, from)))) {
			return 0;
		}
		for (int length = Math.min(4, run.size() - from); length >= 2; length--) {
			String words = text.substring(run.get(from)[0], run.get(from + length - 1)[1]);
			if (this.places.contains(VietnameseText.key(words))) {
				return length;
			}
		}
		return 0;
	}

	/** Keys of single syllables, cached: Vietnamese has only a few thousand of them. */
	private String syllableKey(String syllable) {
		String key = this.syllableKeys.get(syllable);
		if (key == null) {
			key = VietnameseText.key(syllable);
			if (this.syllableKeys.size() < MAX_CACHED) {
				this.syllableKeys.put(syllable, key);
			}
		}
		return key;
	}

	private static String syllable(String text, List<int[]> run, int i) {
		return text.substring(run.get(i)[0], run.get(i)[1]);
	}

}
