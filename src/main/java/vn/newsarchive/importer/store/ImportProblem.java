package vn.newsarchive.importer.store;

import vn.newsarchive.importer.decode.UnreadableArticleException;

/**
 * Why a file was not imported, as a code the web layer translates (message key
 * {@code import.problem.NAME}, with the outcome's details as its arguments); the English
 * message stays for the command line.
 */
public enum ImportProblem {

	/** Nothing in the file, or only white space. */
	EMPTY,
	/** NUL or control bytes: not text. */
	BINARY,
	/** Over the importer's limit; details: the size and the limit in bytes. */
	TOO_LARGE,
	/** Hardly a letter only Vietnamese writes. */
	NOT_VIETNAMESE,
	/** Only a headline, chrome or links. */
	NO_BODY,
	/** The importer failed on it otherwise; details: its message. */
	NOT_AN_ARTICLE,
	/** The file could not be read; details: the system's message. */
	CANNOT_READ,
	/** PostgreSQL refused the article; details: its message. */
	DATABASE_REFUSED,
	/**
	 * The database connection was lost and not restored within the pauses of
	 * {@code LostConnection}: the database is down. A batch stops reading files after
	 * one; details: the message.
	 */
	DATABASE_UNREACHABLE,
	/** Storing failed otherwise; details: the message. */
	NOT_STORED;

	public String messageKey() {
		return "import.problem." + name();
	}

	static ImportProblem of(UnreadableArticleException.Reason reason) {
		return switch (reason) {
			case EMPTY -> EMPTY;
			case BINARY -> BINARY;
			case TOO_LARGE -> TOO_LARGE;
			case NOT_VIETNAMESE -> NOT_VIETNAMESE;
			case NO_BODY -> NO_BODY;
		};
	}

}
