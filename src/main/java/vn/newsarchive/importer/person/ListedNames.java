package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * One post given to names listed with "và" or a comma and nothing else between them: "Các
 * đồng chí A và B được bầu làm Phó Bí thư Huyện ủy", "bổ nhiệm Thượng tướng A và Trung
 * tướng B giữ chức Thứ trưởng". The election or appointment follows the last name only,
 * yet every name of the list holds the post. A name with a chain of its own ("ông A, Giám
 * đốc Sở Y tế và ông B được bầu …") is not in such a list.
 */
final class ListedNames {

	/** What a reading of one name found: its own chain after it, and the post given. */
	record Reading(NameSpan name, boolean chainAfter, List<String> given) {
	}

	/**
	 * Only "và" or a comma, then an honorific or a rank of the next name; a birth year
	 * may stand before ("A sinh năm 1962, B …", session 15).
	 */
	private final Pattern gap;

	ListedNames(TitleVocabulary words) {
		this.gap = Pattern.compile(
				"(?:\\s+" + WordList.load("birth-words.txt").alternation()
						+ "\\s+\\d[\\d/.\\-]*)?\\s*(?:,\\s*)?(?:và\\s+)?(?:"
						+ WordList.load("honorifics.txt").alternation() + "\\s+)?(?:" + words.head.pattern() + "\\s+)?",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * For each reading in order, the post the list it ends gives it: what the next name
	 * is given, when this name is bare and only a list gap lies between them.
	 */
	List<List<String>> shared(String text, List<Reading> readings) {
		List<List<String>> shared = new ArrayList<>();
		readings.forEach((r) -> shared.add(List.of()));
		List<String> carried = List.of();
		for (int i = readings.size() - 1; i >= 0; i--) {
			Reading reading = readings.get(i);
			if (i + 1 < readings.size() && !reading.chainAfter() && reading.given().isEmpty() && !carried.isEmpty()
					&& this.gap.matcher(text)
						.region(reading.name().end(), readings.get(i + 1).name().start())
						.matches()) {
				shared.set(i, carried);
			}
			else {
				carried = reading.chainAfter() ? List.of() : reading.given();
			}
		}
		return shared;
	}

}
