package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

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

	private final FamilyNames familyNames;

	/**
	 * Family names that are also words, given names or a place's first syllable
	 * ({@code family-names-also-words.txt}): a name starting with one needs a given-name
	 * continuation (three or four syllables, the second no title word) and, in
	 * {@link PersonExtractor}, a title or an honorific beside it.
	 */
	private final Set<String> wordLikeFamilyNames;

	private final Set<String> places;

	/**
	 * First syllables of the places, so that most runs are ruled out without building
	 * keys.
	 */
	private final Set<String> placeStarts;

	private final Pattern titleHead;

	private final HighlandNames highland = new HighlandNames(WordList.load("clan-names-after.txt"));

	NameFinder(WordList familyNames, WordList wordLikeFamilyNames, WordList places, Pattern titleHead) {
		this.familyNames = new FamilyNames(familyNames);
		this.wordLikeFamilyNames = wordLikeFamilyNames.keys();
		this.places = places.keys();
		this.placeStarts = this.places.stream().map((p) -> p.substring(0, p.indexOf(' '))).collect(Collectors.toSet());
		this.titleHead = titleHead;
	}

	List<NameSpan> find(String text) {
		List<NameSpan> names = new ArrayList<>();
		List<int[]> run = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = Words.end(text, i, false);
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

	private static boolean isSingleSpace(String text, int from, int to) {
		return to == from + 1 && text.charAt(from) == ' ';
	}

	private void nameInRun(String text, List<int[]> run, List<NameSpan> names) {
		int found = names.size();
		// "Y Thanh Hà Niê Kđăm": an Ê Đê name may hold a Kinh family name ("Hà")
		this.highland.find(text, run, names);
		if (names.size() == found) {
			vietnameseNameInRun(text, run, names);
		}
		if (names.size() == found) {
			ForeignNames.find(text, run, names);
		}
	}

	private void vietnameseNameInRun(String text, List<int[]> run, List<NameSpan> names) {
		int n = run.size();
		int i = 0;
		while (i < n - 1) {
			String first = syllableKey(syllable(text, run, i));
			// a Gia Rai clan of two words ("Rơ Chăm") is one family name
			int familyWords = this.familyNames.wordsAt(text, run, i, first);
			boolean family = familyWords > 0;
			boolean wordLike = !family && this.wordLikeFamilyNames.contains(first);
			if (!family && !wordLike && !this.placeStarts.contains(first)) {
				i++;
				continue;
			}
			int place = placeLength(text, run, i);
			if (place > 0) {
				i += place;
				continue;
			}
			if (family || wordLike) {
				int end = endBeforeTitle(text, run, i, n);
				int length = end - i;
				boolean shaped = !wordLike || (length >= 3 && !isTitleAt(text, run, i + 1));
				// a given name after the family name
				if (shaped && length > Math.max(familyWords, 1) && length <= MAX_SYLLABLES
						&& !beginsBody(text, run.get(i)[0], run.get(end - 1)[1])) {
					int start = run.get(i)[0];
					int stop = run.get(end - 1)[1];
					names.add(new NameSpan(text.substring(start, stop), start, stop, length, wordLike));
					i = end;
					continue;
				}
			}
			i++;
		}
	}

	private boolean isTitleAt(String text, List<int[]> run, int k) {
		return this.titleHead.matcher(text).region(run.get(k)[0], text.length()).lookingAt();
	}

	private int endBeforeTitle(String text, List<int[]> run, int from, int n) {
		for (int k = from + 2; k < n; k++) {
			if (isTitleAt(text, run, k)) {
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
