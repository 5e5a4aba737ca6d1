package vn.newsarchive.importer.person;

import java.util.List;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * A post as an appointment or a decision words it, without what follows it in the
 * sentence but is no part of it: a term ("nhiệm kỳ 2025 - 2030"), a date, or a "và"/"để"
 * that no title follows.
 */
final class PostWording {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String WORD_END = "(?![\\p{L}\\p{M}])";

	private final List<Pattern> postEnds;

	PostWording(TitleVocabulary words) {
		String term = WordList.load("term-words.txt").alternation() + "\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?";
		this.postEnds = List.of(Pattern.compile("[\\s,]+" + term + ".*$", CI | Pattern.DOTALL),
				Pattern.compile("\\s+" + WordList.load("date-words.txt").alternation() + "\\s+\\d.*$",
						CI | Pattern.DOTALL),
				Pattern.compile("(?:\\s+" + WordList.load("appointment-title-ends.txt").alternation() + WORD_END
						+ ")+(?:\\s+(?!" + words.head.pattern() + ")(?-i:\\p{Ll}).*)?$", CI | Pattern.DOTALL));
	}

	/** The post a title read after an appointing or removing verb names; may be empty. */
	String of(String title) {
		String post = title;
		for (Pattern end : this.postEnds) {
			post = end.matcher(post).replaceFirst("");
		}
		return post.strip();
	}

}
