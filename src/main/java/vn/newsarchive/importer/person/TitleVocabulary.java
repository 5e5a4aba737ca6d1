package vn.newsarchive.importer.person;

import java.util.regex.Pattern;

import vn.newsarchive.importer.text.WordList;

/** The compiled word lists that title chains are read with. */
final class TitleVocabulary {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** A title head-word at a word start, with an optional "Phó" (deputy) before it. */
	final Pattern head;

	/** A chain-ending verb or clause word, as a whole word. */
	final Pattern verb;

	/** An honorific ending right where a name starts. */
	final Pattern honorificBefore;

	TitleVocabulary(WordList heads, WordList verbs, WordList honorifics) {
		this.head = Pattern
			.compile("(?<![\\p{L}\\p{M}])(?:(?:phó|nguyên)\\s+)?" + heads.alternation() + "(?![\\p{L}\\p{M}])", CI);
		this.verb = Pattern.compile("(?<![\\p{L}\\p{M}])" + verbs.alternation() + "(?![\\p{L}\\p{M}])");
		this.honorificBefore = Pattern.compile("(?<![\\p{L}\\p{M}])" + honorifics.alternation() + "[\\s:]*$", CI);
	}

	static TitleVocabulary load() {
		return new TitleVocabulary(WordList.load("title-heads.txt"), WordList.load("chain-verbs.txt"),
				WordList.load("honorifics.txt"));
	}

}
