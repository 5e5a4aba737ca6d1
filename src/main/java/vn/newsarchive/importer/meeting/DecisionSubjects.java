package vn.newsarchive.importer.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.newsarchive.importer.person.PersonOccurrence;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.kernel.WordList;

/**
 * People a decision acts on rather than people at the event: those being disciplined
 * ("thi hành kỷ luật ... đối với ông X", "cảnh cáo đồng chí X"), and those named only
 * inside a decision being announced ("công bố Quyết định ... đối với đồng chí X"). An
 * appointee also named as present ("...; bà X, Ủy viên Bộ Chính trị") stays a
 * participant.
 */
final class DecisionSubjects {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String WORD_START = "(?<![\\p{L}\\p{M}])";

	private static final String HONORIFIC = WordList.load("honorifics.txt").alternation();

	private static final String DISCIPLINE = WORD_START + WordList.load("discipline-words.txt").alternation()
			+ "(?![\\p{L}\\p{M}])";

	/** The sentence so far ends in the object of a discipline word. */
	private static final Pattern DISCIPLINED = Pattern
		.compile(DISCIPLINE + "(?:[^.!?]*?" + WORD_START + "đối với\\s[^.!?]*|\\s+(?:" + HONORIFIC + "\\s+)?)$", FLAGS);

	/** The sentence so far ends in the object of a decision. */
	private static final Pattern DECIDED = Pattern
		.compile(WORD_START + "quyết định[^.!?]*?" + WORD_START + "đối với\\s[^.!?]*$", FLAGS);

	/** The names, as written, of the people who are no participants. */
	Set<String> of(ArticleText article, List<PersonOccurrence> people) {
		Map<String, List<PersonOccurrence>> byKey = people.stream()
			.collect(Collectors.groupingBy(PersonOccurrence::key));
		Set<String> names = new HashSet<>();
		byKey.forEach((key, occurrences) -> {
			List<String> before = occurrences.stream().map((o) -> sentenceBefore(article, o)).toList();
			boolean excluded = before.stream().anyMatch((s) -> DISCIPLINED.matcher(s).find())
					|| before.stream().allMatch((s) -> DISCIPLINED.matcher(s).find() || DECIDED.matcher(s).find());
			if (excluded) {
				occurrences.forEach((o) -> names.add(o.name()));
			}
		});
		return names;
	}

	private static String sentenceBefore(ArticleText article, PersonOccurrence person) {
		String text = article.passages().get(person.passage()).text();
		return text.substring(Sentences.start(text, person.start()), person.start());
	}

}
