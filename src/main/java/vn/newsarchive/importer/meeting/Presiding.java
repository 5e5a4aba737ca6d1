package vn.newsarchive.importer.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.newsarchive.importer.person.PersonOccurrence;
import vn.newsarchive.importer.text.ArticleText;
import vn.newsarchive.kernel.WordList;

/**
 * When nobody chairs, the one who presides over the whole meeting on behalf of a body
 * leads it: "Thủ tướng A thay mặt Bộ Chính trị điều hành Hội nghị". Presiding over one
 * sitting ("điều hành phiên khai mạc") while someone else chairs is no chairing, so this
 * is asked only when no chair was found, and only for a meeting noun after the verb.
 */
final class Presiding {

	private final Pattern presides = Pattern.compile(
			"^[\\s,]*(?:thay mặt [^.;:!?]{3,60}?\\s+)?(?:" + WordList.load("presiding-verbs.txt").alternation()
					+ ")\\s+(?:" + WordList.load("meeting-nouns.txt").alternation() + ")(?![\\p{L}\\p{M}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	List<String> presiders(ArticleText article, List<PersonOccurrence> people) {
		List<String> names = new ArrayList<>();
		for (PersonOccurrence person : people) {
			String text = article.passages().get(person.passage()).text();
			if (this.presides.matcher(text).region(person.chainEnd(), text.length()).lookingAt()
					&& !names.contains(person.name())) {
				names.add(person.name());
			}
		}
		return names;
	}

}
