package vn.newsarchive.search;

import vn.newsarchive.system.SearchSettings;

/** Why a query cannot be run; the page and the API say so instead of failing. */
public enum QueryProblem {

	/** Nothing typed and no filter chosen. */
	EMPTY("search.problem.empty"),

	/** Only punctuation or operators: nothing to look for. */
	NO_WORDS("search.problem.noWords"),

	/** Longer than {@link QueryText#MAX_LENGTH}. */
	TOO_LONG("search.problem.tooLong"),

	/** More fuzzy or prefix terms than {@link SearchSettings#maxExpandingTerms()}. */
	TOO_MANY_EXPANSIONS("search.problem.tooManyExpansions"),

	/** More words than {@link SearchSettings#maxWords()}. */
	TOO_MANY_WORDS("search.problem.tooManyWords"),

	/** The query ran longer than {@link SearchSettings#timeout()}. */
	TIMEOUT("search.problem.timeout");

	private final String messageKey;

	QueryProblem(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
