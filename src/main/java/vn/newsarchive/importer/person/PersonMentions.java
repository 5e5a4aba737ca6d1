package vn.newsarchive.importer.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.newsarchive.importer.model.PersonMention;

/**
 * One mention per person (by key), in order of first mention, with the richest title
 * chain the article gives them and what later mentions add.
 */
final class PersonMentions {

	private PersonMentions() {
	}

	static List<PersonMention> of(List<PersonOccurrence> occurrences) {
		Map<String, PersonOccurrence> best = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (PersonOccurrence occurrence : occurrences) {
			names.putIfAbsent(occurrence.key(), occurrence.name());
			best.merge(occurrence.key(), occurrence, (a, b) -> richer(b, a) ? b : a);
		}
		// the richest chain first, then what later mentions add ("…, Thường trực Ban Bí
		// thư" in the closing paragraph)
		Map<String, List<String>> titles = new LinkedHashMap<>();
		best.forEach((key, occurrence) -> titles.put(key, occurrence.titles()));
		for (PersonOccurrence occurrence : occurrences) {
			titles.computeIfPresent(occurrence.key(), (key, held) -> TitleSet.merge(held, occurrence.titles()));
		}
		return titles.entrySet()
			.stream()
			.map((e) -> new PersonMention(names.get(e.getKey()), TitleSet.plain(e.getValue())))
			.toList();
	}

	private static boolean richer(PersonOccurrence a, PersonOccurrence b) {
		if (a.titles().size() != b.titles().size()) {
			return a.titles().size() > b.titles().size();
		}
		return String.join("", a.titles()).length() > String.join("", b.titles()).length();
	}

}
