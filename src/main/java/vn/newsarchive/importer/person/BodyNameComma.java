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

	/** Long enough for "Ban Tuyên giáo và Dân vận Trung ương". */
	private static final int MAX_PARENT_WORDS = 8;

	private final TitleVocabulary words;

	private final Set<String> clauseOpeners;

	/** A place's name alone: "tỉnh Quảng Ninh", "huyện Kon Plông". */
	private final Pattern place;

	/**
	 * A unit inside a body and its name at the end of a piece ("… Vụ Địa phương 2").
	 */
	private final Pattern unitAtEnd;

	BodyNameComma(TitleVocabulary words, WordList clauseOpeners, WordList placeUnits, WordList subUnits) {
		this.words = words;
		this.clauseOpeners = clauseOpeners.keys();
		this.place = placeOnly(placeUnits);
		// the unit's kind in any case ("Trưởng phòng Tổ chức"), its name capitalised
		this.unitAtEnd = Pattern.compile("(?<![\\p{L}\\p{M}])(?iu:" + subUnits.alternation() + ")"
				+ "\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+[\\p{L}\\p{M}\\d]+){0,6}\\s*$");
	}

	static BodyNameComma load(TitleVocabulary words) {
		return new BodyNameComma(words, WordList.load("clause-openers.txt"), WordList.load("place-units.txt"),
				WordList.load("sub-units.txt"));
	}

	/**
	 * Whether {@code piece}, after the comma that ends {@code before}, continues the
	 * title: a comma inside a body's name, or the body a unit named before the comma
	 * belongs to ("Phó Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương", session 18): a
	 * unit's title names the unit first and its body after the comma.
	 */
	boolean continuesTitle(String before, String piece) {
		return continuesName(piece) || this.unitAtEnd.matcher(before).find() && isParentBody(piece);
	}

	/** A capitalised body's name alone: no title head, verb, digit or place. */
	private boolean isParentBody(String piece) {
		String text = piece.strip();
		return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))
				&& WORD.split(text).length <= MAX_PARENT_WORDS && text.chars().noneMatch(Character::isDigit)
				&& !this.words.head.matcher(text).lookingAt() && this.words.verbAt(text, 0, text.length()) < 0
				&& !this.place.matcher(text).matches();
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
