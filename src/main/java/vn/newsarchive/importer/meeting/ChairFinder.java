package vn.newsarchive.importer.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.person.PersonOccurrence;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.kernel.WordList;

/**
 * Who chairs, co-chairs or leads the event: "... chủ trì", "... làm Trưởng đoàn", "Trưởng
 * đoàn ...", "dưới sự chủ trì của đồng chí ...", "Chủ trì Hội nghị có ông ...; bà ...".
 * Attending and directing ("dự và chỉ đạo") is no chairing.
 */
final class ChairFinder {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/**
	 * A stretch of one clause, up to "đã" before a verb: no break, no agent, no passive.
	 */
	private static final Pattern CLAUSE_THEN_CHAIR = Pattern
		.compile("(?:(?!\\s(?:do|được|dưới sự)\\s)[^.;:!?]){1,160}?(?=\\sđã\\s)");

	/**
	 * "với sự chủ trì của đồng chí X", "dưới sự chủ trì của Chủ nhiệm UBKT X" ("chủ tọa",
	 * in either tone placement, likewise): the chair comes after the verb, with only an
	 * honorific or a short title between.
	 */
	/** Longer than "sự đồng chủ trì của", 80 characters and the spaces between. */
	private static final int CHAIRED_BY_REACH = 160;

	private static final Pattern CHAIRED_BY = Pattern.compile(
			"sự\\s+(?:đồng\\s+)?chủ (?:trì|tọa|toạ)\\s+của\\s+(?:(?!\\s(?:sự|dự|tham dự)\\s)[^.;:!?]){0,80}$", FLAGS);

	/**
	 * A sentence that opens by announcing its chairs lists only chairs, even across
	 * semicolons: "Chủ trì Hội nghị có ông X, ...; bà Y, ...; các Phó Chủ tịch ...: Z".
	 */
	private static final Pattern CHAIRS_LISTED = Pattern.compile(
			"^[\\s\\-–]*(?:(?:Tham dự|Dự) và chủ trì|Đồng chủ (?:trì|tọa|toạ)|Chủ (?:trì|toạ)|Cùng chủ trì)(?:\\s+[^.!?:;,]{0,40}?)?,?\\s+(?:có|là|gồm)\\s");

	/**
	 * "tiếp Đại sứ ...": the host of a reception chairs it; "tiếp tục" is no reception.
	 * The words before the verb may be listed with commas: "A dự, chủ trì và trao quyết
	 * định" (session 17).
	 */
	private final Pattern chairVerb = Pattern
		.compile("^[\\s,]*(?:(?:đã|cùng|đến|thăm|và|dự|tham dự)(?:\\s*,)?\\s+){0,4}(?:"
				+ WordList.load("chair-verbs.txt").alternation() + "(?![\\p{L}])|tiếp\\s+(?=\\p{Lu}))");

	/** "Trưởng đoàn đại biểu Quốc hội" is a standing post, not the head of this visit. */
	private final CoChairs coChairs = new CoChairs();

	private final Presiding presiding = new Presiding();

	private final Pattern chairTitle = Pattern.compile("(?iu)^(?:phó\\s+)?trưởng đoàn(?!\\s+(?:đại biểu|ĐBQH))");

	List<String> chairs(ArticleText article, List<PersonOccurrence> people) {
		boolean[] chairs = new boolean[people.size()];
		for (int i = 0; i < people.size(); i++) {
			PersonOccurrence person = people.get(i);
			String text = article.passages().get(person.passage()).text();
			Matcher verb = this.chairVerb.matcher(text).region(person.chainEnd(), text.length());
			boolean verbRightAfter = verb.lookingAt();
			boolean byVerb = verbRightAfter || chairsLaterInClause(text, person, people);
			boolean chairedBy = chairedBy(text, person);
			if (byVerb || chairedBy) {
				this.coChairs.extend(article, people, i, chairedBy, chairs);
			}
			if (verbRightAfter && i + 1 < people.size()
					&& this.coChairs.joinedAfterVerb(article, person.passage(), verb.end(), people.get(i + 1))) {
				// "A chủ trì hội nghị cùng các đồng chí: B, …; C, …"
				chairs[i + 1] = true;
				this.coChairs.extend(article, people, i + 1, true, chairs);
			}
			chairs[i] |= byVerb || chairedBy
					|| person.titles().stream().anyMatch((t) -> this.chairTitle.matcher(t).find());
		}
		Set<String> keys = new LinkedHashSet<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			if (chairs[i] && keys.add(people.get(i).key())) {
				names.add(people.get(i).name());
			}
		}
		return names.isEmpty() ? this.presiding.presiders(article, people) : names;
	}

	private static boolean chairedBy(String text, PersonOccurrence person) {
		// the phrase ends where the name starts and is short: a window before it is
		// enough (this runs for every mention of every person)
		int window = Math.max(0, person.start() - CHAIRED_BY_REACH);
		return CHAIRED_BY.matcher(text).region(window, person.start()).useTransparentBounds(true).find()
				|| CHAIRS_LISTED.matcher(text.substring(Sentences.start(text, person.start()), person.start())).find();
	}

	/**
	 * "Tổng Bí thư X, Trưởng Ban Chỉ đạo ... về khoa học, công nghệ và chuyển đổi số đã
	 * chủ trì phiên họp": a title holding commas may end the title chain early, so the
	 * chair verb may come later in the same clause, before any other person, sentence
	 * break or agent ("do Ban Thường vụ chủ trì" names another chair).
	 */
	private boolean chairsLaterInClause(String text, PersonOccurrence person, List<PersonOccurrence> people) {
		int end = people.stream()
			.filter((other) -> other.passage() == person.passage() && other.start() >= person.chainEnd())
			.mapToInt(PersonOccurrence::start)
			.min()
			.orElse(text.length());
		Matcher gap = CLAUSE_THEN_CHAIR.matcher(text).region(person.chainEnd(), end);
		if (!gap.lookingAt()) {
			return false;
		}
		return this.chairVerb.matcher(text).region(gap.end(), end).lookingAt();
	}

}
