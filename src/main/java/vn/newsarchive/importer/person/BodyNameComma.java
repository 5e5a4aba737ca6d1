package vn.newsarchive.importer.person;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/**
 * Tells a comma inside a body's name from a comma between two titles. Some bodies are
 * named with a comma ("Ban Chính sách, chiến lược Trung ương", "Bộ Văn hóa, Thể thao và
 * Du lịch"), and a title chain must not stop there. The piece after such a comma is no
 * title head, opens no clause, holds no verb or digit, and is short; it either starts in
 * lower case and goes on to a capitalised word ("chiến lược Trung ương"), or lists the
 * last parts of the name with "và" ("Thể thao và Du lịch").
 */
final class BodyNameComma {

	/** Long enough for "khen thưởng Bộ CHQS tỉnh" ("Hội đồng thi đua, khen thưởng …"). */
	private static final int MAX_LOWER_WORDS = 5;

	private static final int MAX_LISTED_WORDS = 6;

	private static final Pattern WORD = Pattern.compile("\\s+");

	private final TitleVocabulary words;

	private final Set<String> clauseOpeners;

	/** A place's name alone: "tỉnh Quảng Ninh", "huyện Kon Plông". */
	private final Pattern place;

	BodyNameComma(TitleVocabulary words, WordList clauseOpeners, WordList placeUnits) {
		this.words = words;
		this.clauseOpeners = clauseOpeners.keys();
		this.place = placeOnly(placeUnits);
	}

	static BodyNameComma load(TitleVocabulary words) {
		return new BodyNameComma(words, WordList.load("clause-openers.txt"), WordList.load("place-units.txt"));
	}

	/** A unit's kind and its capitalised name, and nothing else. */
	static Pattern placeOnly(WordList placeUnits) {
		// the unit's kind in any case, its name capitalised
		return Pattern.compile("\\s*(?iu:" + placeUnits.alternation()
				+ ")\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:[\\s-]+\\p{Lu}[\\p{L}\\p{M}]*)*\\s*");
	}

	/**
	 * Whether {@code piece}, the text between a comma and the next stop, continues a
	 * name.
	 */
	boolean continuesName(String piece) {
		String text = piece.strip();
		if (text.isEmpty() || text.chars().anyMatch(Character::isDigit) || this.words.head.matcher(text).lookingAt()
				|| this.words.verbAt(text, 0, text.length()) >= 0) {
			return false;
		}
		if (this.place.matcher(text).matches()) {
			// "…, tỉnh Quảng Ninh": where, not more of the name
			return false;
		}
		String[] parts = WORD.split(text);
		if (this.clauseOpeners.contains(VietnameseText.key(parts[0]))) {
			return false;
		}
		if (Character.isLowerCase(text.codePointAt(0))) {
			return parts.length <= MAX_LOWER_WORDS && Arrays.stream(parts, 1, parts.length)
				.anyMatch((word) -> Character.isUpperCase(word.codePointAt(0)));
		}
		return parts.length <= MAX_LISTED_WORDS && text.contains(" và ");
	}

}
