package vn.newsarchive.importer.person;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.VietnameseText;

/**
 * Words that cannot be one Vietnamese syllable ("Bounhang", "Volachith", "Trump"): a
 * foreign name. A title chain read backwards from a name stops at a piece that ends with
 * one ("…, Chủ tịch nước CHDCND Lào Bounhang Volachith, Tổng Bí thư … Nguyễn Phú Trọng"):
 * that piece and what comes before it belong to the foreign leader, not to the name.
 */
final class ForeignNames {

	/**
	 * One syllable: an onset, one run of vowels, a coda, as Vietnamese spelling allows.
	 */
	private static final Pattern SYLLABLE = Pattern
		.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?");

	private static final int MAX_CACHED = 20_000;

	/**
	 * Answers for words already seen: every capitalised word of every passage is asked
	 * about, and the words repeat.
	 */
	private static final Map<String, Boolean> FOREIGN = new ConcurrentHashMap<>();

	private ForeignNames() {
	}

	/** Whether the text ends with a capitalised word that is no Vietnamese syllable. */
	static boolean endsWithForeignName(String text) {
		String[] words = text.strip().split("\\s+");
		return isForeignWord(words[words.length - 1]);
	}

	/**
	 * A capitalised word (not an abbreviation) that no Vietnamese syllable is spelled
	 * like.
	 */
	static boolean isForeignWord(String word) {
		Boolean foreign = FOREIGN.get(word);
		if (foreign == null) {
			foreign = spelledForeign(word);
			if (FOREIGN.size() < MAX_CACHED) {
				FOREIGN.put(word, foreign);
			}
		}
		return foreign;
	}

	private static boolean spelledForeign(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !isAllCapitals(word)
				&& !SYLLABLE.matcher(VietnameseText.fold(word).toLowerCase(Locale.ROOT)).matches();
	}

	/** An abbreviation (CHDCND, TTXVN) is no name. */
	private static boolean isAllCapitals(String word) {
		return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

	/**
	 * Two words no Vietnamese syllable is spelled like, in a run of capitalised words
	 * ("Hoa Kỳ Donald Trump", "Đại sứ Australia Craig Chittick": the last two of a longer
	 * stretch, after its country): a foreign name, counted as two syllables so that it
	 * needs a title or an honorific beside it to be a person.
	 */
	static void find(String text, List<int[]> run, List<NameSpan> names) {
		int i = 0;
		while (i < run.size()) {
			int stretch = 0;
			while (i + stretch < run.size()
					&& isForeignWord(text.substring(run.get(i + stretch)[0], run.get(i + stretch)[1]))) {
				stretch++;
			}
			if (stretch >= 2) {
				int start = run.get(i + stretch - 2)[0];
				int stop = run.get(i + stretch - 1)[1];
				names.add(new NameSpan(text.substring(start, stop), start, stop, 2, false));
			}
			i += Math.max(stretch, 1);
		}
	}

}
