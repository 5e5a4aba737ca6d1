package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.system.SearchSettings;

/**
 * The reader's query text prepared for Lucene's simple query syntax: NFC, one space,
 * {@code OR} as {@code |}; plus the pieces the search needs besides (the excluded terms,
 * the plain words for syllable pairs) and the checks that turn bad input into a message.
 */
final class QueryText {

	/** Long enough for any real query; a pasted article is not one. */
	static final int MAX_LENGTH = 500;

	private static final Pattern OR = Pattern.compile("(?<=\\s)OR(?=\\s)");

	private static final Pattern EXCLUDED = Pattern.compile("(?:^|\\s)-(\"[^\"]*\"|[^\\s\"]+)");

	private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");

	/** A fuzzy ({@code word~2}) or prefix ({@code word*}) term: it expands to many. */
	private static final Pattern EXPANDING = Pattern.compile("[\\p{L}\\p{N}](?:~\\d*|\\*)");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern OPERATORS = Pattern.compile("[\"|+\\-()*~]");

	private final String text;

	private QueryText(String text) {
		this.text = text;
	}

	/** Why the query cannot run, if it cannot. */
	static Optional<QueryProblem> problem(SearchQuery query, SearchSettings limits) {
		String q = query.q();
		if (q.length() > MAX_LENGTH) {
			return Optional.of(QueryProblem.TOO_LONG);
		}
		if (q.isBlank()) {
			return query.hasFilters() ? Optional.empty() : Optional.of(QueryProblem.EMPTY);
		}
		if (!hasWord(q)) {
			return query.hasFilters() ? Optional.empty() : Optional.of(QueryProblem.NO_WORDS);
		}
		if (EXPANDING.matcher(q).results().count() > limits.maxExpandingTerms()) {
			return Optional.of(QueryProblem.TOO_MANY_EXPANSIONS);
		}
		if (WORD.matcher(q).results().count() > limits.maxWords()) {
			return Optional.of(QueryProblem.TOO_MANY_WORDS);
		}
		return Optional.empty();
	}

	static QueryText of(String q) {
		String clean = VietnameseText.clean(q);
		return new QueryText(OR.matcher(clean).replaceAll("|"));
	}

	/** True when the query has something to look for, not just filters. */
	boolean hasWords() {
		return hasWord(this.text);
	}

	/** The text in simple query syntax. */
	String syntax() {
		return this.text;
	}

	/** Whether the query quotes a phrase to look for (not one to exclude). */
	boolean hasPhrase() {
		return EXCLUDED.matcher(this.text).replaceAll(" ").indexOf('"') >= 0;
	}

	/**
	 * The quoted phrases of two words or more that every hit must hold: none when the
	 * query has an OR, since a hit may then hold another part instead.
	 */
	List<String> requiredPhrases() {
		List<String> phrases = new ArrayList<>();
		String included = EXCLUDED.matcher(this.text).replaceAll(" ");
		if (included.indexOf('|') >= 0) {
			return phrases;
		}
		Matcher matcher = PHRASE.matcher(included);
		while (matcher.find()) {
			String words = VietnameseText.collapseSpaces(OPERATORS.matcher(matcher.group(1)).replaceAll(" "));
			if (words.indexOf(' ') > 0) {
				phrases.add(words);
			}
		}
		return phrases;
	}

	/** The terms and phrases written with a leading minus. */
	List<String> excluded() {
		List<String> excluded = new ArrayList<>();
		Matcher matcher = EXCLUDED.matcher(this.text);
		while (matcher.find()) {
			if (hasWord(matcher.group(1))) {
				excluded.add(matcher.group(1));
			}
		}
		return excluded;
	}

	/** The words that are not excluded, without operators: for syllable pairs. */
	String plainWords() {
		String included = EXCLUDED.matcher(this.text).replaceAll(" ");
		return VietnameseText.collapseSpaces(OPERATORS.matcher(included.replace("|", " ")).replaceAll(" "));
	}

	private static boolean hasWord(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}
