package vn.newsarchive.importer.meeting;

import java.util.List;
import java.util.regex.Pattern;

import vn.newsarchive.importer.person.PersonOccurrence;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.kernel.WordList;

/**
 * People listed together with a chair in one run of a sentence chair with them: before
 * the verb ("A, Phó Bí thư …; Phó Bí thư …, Chủ tịch … B đồng chủ trì", "Đồng chí A, Bí
 * thư …, các đồng chí Phó Bí thư: B, C, chủ trì") and after "dưới sự chủ trì của" ("… của
 * đồng chí A, Bí thư Tỉnh ủy và các đồng chí: B, …; C, …"). The list is broken by a
 * sentence end, a colon-less clause with a verb, or a long stretch that is no title.
 * After the chair verb, "cùng" brings in the list that follows ("A chủ trì hội nghị cùng
 * các đồng chí: B, …; C, …").
 */
final class CoChairs {

	private static final int MAX_GAP = 160;

	/**
	 * What may join two listed people: a comma, semicolon or "và", an honorific, a group
	 * header ending with a colon, then titles of the next person. A header may also be
	 * titles alone ("A, Chủ tịch …; các Phó Chủ tịch …: B, C chủ trì", session 17).
	 */
	private static final Pattern JOINER = Pattern.compile(
			"^\\s*(?:[,;]|và(?=\\s))\\s*(?:và\\s+)?(?:(?:các\\s+)?(?:đồng chí|ông|bà)(?![\\p{L}\\p{M}])[^.!?;:]{0,80}:?|(?<header>các\\s+[^.!?;:]{1,80}):)?(?<rest>[^.!?:]*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A verb or clause word in the titles before the next name breaks the list. */
	private final Pattern verb = Pattern
		.compile("(?<![\\p{L}\\p{M}])(?:" + WordList.load("chain-verbs.txt").alternation() + ")(?![\\p{L}\\p{M}])");

	/**
	 * After a chair verb, its object if any and a joiner, then an honorific and a colon:
	 * "chủ trì hội nghị cùng các đồng chí: B, …", "chủ trì cùng đồng chí B".
	 */
	private final Pattern joinedAfterVerb = Pattern.compile(
			"^(?:\\s+[^.!?;:,]{0,60}?)?\\s+" + WordList.load("co-chair-joiners.txt").alternation() + "\\s+(?:"
					+ WordList.load("honorifics.txt").alternation() + "\\s*)?:?\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Whether the person at {@code next} is brought in as a co-chair right after the
	 * chair verb ending at {@code verbEnd} in the same passage.
	 */
	boolean joinedAfterVerb(ArticleText article, int passage, int verbEnd, PersonOccurrence next) {
		if (next.passage() != passage || next.start() < verbEnd || next.start() - verbEnd > MAX_GAP) {
			return false;
		}
		String text = article.passages().get(passage).text();
		return this.joinedAfterVerb.matcher(text.substring(verbEnd, next.start())).matches();
	}

	/**
	 * Whether {@code next} follows {@code previous} in one list: same passage, and only a
	 * joiner between the end of the previous chain and the next name.
	 */
	boolean listedTogether(ArticleText article, PersonOccurrence previous, PersonOccurrence next) {
		if (previous.passage() != next.passage() || next.start() < previous.chainEnd()
				|| next.start() - previous.chainEnd() > MAX_GAP) {
			return false;
		}
		String text = article.passages().get(next.passage()).text();
		var joiner = JOINER.matcher(text.substring(previous.chainEnd(), next.start()));
		return joiner.matches() && !this.verb.matcher(joiner.group("rest")).find()
				&& (joiner.group("header") == null || !this.verb.matcher(joiner.group("header")).find());
	}

	/** The people listed with the chair at {@code index}, both ways, in text order. */
	void extend(ArticleText article, List<PersonOccurrence> people, int index, boolean forward, boolean[] chairs) {
		for (int i = index; i > 0 && listedTogether(article, people.get(i - 1), people.get(i)); i--) {
			chairs[i - 1] = true;
		}
		for (int i = index; forward && i + 1 < people.size()
				&& listedTogether(article, people.get(i), people.get(i + 1)); i++) {
			chairs[i + 1] = true;
		}
	}

}
