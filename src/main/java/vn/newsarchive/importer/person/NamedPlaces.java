package vn.newsarchive.importer.person;

import java.util.Set;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/**
 * Names that name a place, not a person: streets ("số 8 Tôn Thất Thuyết", "phố Lý Thái
 * Tổ", but not "thành phố Bùi Thị Minh Hoài", an office of the city), two-word units
 * after their kind and institutions named after historical figures.
 */
final class NamedPlaces {

	private static final Pattern STREET_BEFORE = Pattern.compile(
			"(?:số\\s+\\d+[\\p{L}/]*|đường|(?<!thành\\s)phố|ngõ|ngách|hẻm)\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern UNIT_BEFORE = Pattern.compile(
			"(?<![\\p{L}\\p{M}])(?:huyện|tỉnh|xã|quận|phường|thị xã|thị trấn|thành phố|TP\\.?)(?:\\s+(?:ủy|uỷ))?\\s+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Longer than "số 123A/45 " or "thị trấn " before a name. */
	private static final int PLACE_WORDS_REACH = 24;

	private static final String PHRASE_BOUNDARIES = ",;:.()[]\"“”";

	private final Set<String> eponyms;

	private final Pattern placeHead;

	NamedPlaces() {
		this.eponyms = WordList.load("eponyms.txt").keys();
		this.placeHead = Pattern.compile(
				"(?<![\\p{L}\\p{M}])" + WordList.load("place-heads.txt").alternation() + "(?![\\p{L}\\p{M}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	boolean isPlaceName(String text, NameSpan name) {
		// both patterns end where the name starts: a short window before it is enough
		int window = Math.max(0, name.start() - PLACE_WORDS_REACH);
		if (STREET_BEFORE.matcher(text).region(window, name.start()).useTransparentBounds(true).find()) {
			return true;
		}
		boolean afterUnit = UNIT_BEFORE.matcher(text).region(window, name.start()).useTransparentBounds(true).find();
		if (afterUnit && (name.syllables() == 2 || name.name().startsWith("Đoàn "))) {
			// "Chủ tịch UBND huyện Thạch Thành", "Bí thư Huyện ủy Lâm Bình": a two-word
			// unit name after its kind; "Huyện Đoàn Sa Pa" is the district's Youth Union
			return true;
		}
		if (!this.eponyms.contains(VietnameseText.key(name.name()))) {
			return false;
		}
		int phraseStart = name.start();
		while (phraseStart > 0 && PHRASE_BOUNDARIES.indexOf(text.charAt(phraseStart - 1)) < 0) {
			phraseStart--;
		}
		return this.placeHead.matcher(text).region(phraseStart, name.start()).find();
	}

}
