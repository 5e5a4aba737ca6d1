package vn.newsarchive.importer.person;

import java.util.Locale;
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
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !isAllCapitals(word)
				&& !SYLLABLE.matcher(VietnameseText.fold(word).toLowerCase(Locale.ROOT)).matches();
	}

	/** An abbreviation (CHDCND, TTXVN) is no name. */
	private static boolean isAllCapitals(String word) {
		return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

}
