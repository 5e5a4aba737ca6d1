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

	/**
	 * What a reading of one name found: its own chain after it (ending at
	 * {@code chainEnd}), and the post given.
	 */
	record Reading(NameSpan name, boolean chainAfter, int chainEnd, List<String> given) {
	}

	/** How far before a name the election verb or the sentence's start may be. */
	private static final int CLAUSE_REACH = 30;

	/**
	 * Right before the first of two people elected together, each with a chain: the
	 * election verb ("bầu bà A, X và ông B, Y giữ chức Z") or the start of the sentence
	 * ("Ông A, X và ông B, Y được bầu giữ chức Z"), an honorific between.
	 */
	private final Pattern clauseBefore;

	/** "và" and an honorific between the first one's chain and the second name. */
	private final Pattern chainsGap;

	/**
	 * Only "và" or a comma, then an honorific or a rank of the next name; a birth year
	 * may stand before ("A sinh năm 1962, B …", session 15).
	 */
	private final Pattern gap;

	/** Only a comma or "và" between two names of a list. */
	private static final Pattern NAMES_GAP = Pattern.compile("\\s*(?:,\\s*(?:và\\s+)?|\\s+và\\s+)");

	/** How far before a list's first name its plural honorific may start. */
	private static final int HEADER_REACH = 24;

	/** "Các ông", "các đồng chí" right before a list's first name. */
	private final Pattern pluralHonorific;

	ListedNames(TitleVocabulary words) {
		String honorific = "(?:" + WordList.load("honorifics.txt").alternation() + ")";
		this.clauseBefore = Pattern.compile(
				"(?:(?<![\\s\\S])|[.,;:!?]|(?<![\\p{L}\\p{M}])bầu)\\s*(?:" + honorific + "\\s+)?$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		this.chainsGap = Pattern.compile("\\s*,?\\s*và\\s+(?:" + honorific + "\\s+)?",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		this.pluralHonorific = Pattern.compile("(?<![\\p{L}\\p{M}])(?:các|những)\\s+(?:"
				+ WordList.load("honorifics.txt").alternation() + ")\\s*:?\\s*$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
			else if (i + 1 < readings.size() && electedTogether(text, reading, readings.get(i + 1))) {
				shared.set(i, readings.get(i + 1).given());
				carried = List.of();
			}
			else {
				carried = reading.chainAfter() ? List.of() : reading.given();
			}
		}
		return shared;
	}

	/**
	 * Whether two people, each with a chain, are elected or appointed in one clause, the
	 * post given after the second one's chain only (session 18).
	 */
	private boolean electedTogether(String text, Reading first, Reading second) {
		// both with a chain, "A, X và B, Y", reads as two subjects; "A, X và ông B được
		// bầu" stays B's alone (session 13's reading)
		if (!first.chainAfter() || !second.chainAfter() || !first.given().isEmpty() || second.given().isEmpty()
				|| !this.chainsGap.matcher(text).region(first.chainEnd(), second.name().start()).matches()) {
			return false;
		}
		int start = first.name().start();
		return this.clauseBefore.matcher(text)
			.region(Math.max(0, start - CLAUSE_REACH), start)
			.useTransparentBounds(true)
			.find();
	}

	/**
	 * Whether a name that is not sure of itself ("Mai Thức", two syllables) ends a list
	 * of sure names after a plural honorific, with only commas or "và" between them: "Các
	 * ông Nguyễn Đức Chính, Nguyễn Hữu Dũng, Mai Thức được bầu …" (session 16).
	 * {@code sure} are the passage's sure names in reading order.
	 */
	boolean endsListOfSureNames(String text, NameSpan name, List<NameSpan> sure) {
		int pos = name.start();
		int listed = 0;
		for (int i = sure.size() - 1; i >= 0; i--) {
			NameSpan other = sure.get(i);
			if (other.end() > pos) {
				continue;
			}
			if (!NAMES_GAP.matcher(text).region(other.end(), pos).matches()) {
				break;
			}
			listed++;
			pos = other.start();
		}
		return listed > 0 && this.pluralHonorific.matcher(text).region(Math.max(0, pos - HEADER_REACH), pos).find();
	}

}
