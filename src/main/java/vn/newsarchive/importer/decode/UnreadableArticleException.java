package vn.newsarchive.importer.decode;

import java.util.List;

/**
 * An input file that cannot become an article: empty, binary, too large, not Vietnamese,
 * or without a body. The message names the file and says what is wrong, for the import
 * report; the reason and its details let the admin say it in the reader's language.
 */
public class UnreadableArticleException extends Exception {

	private final Reason reason;

	private final List<String> details;

	/**
	 * @param message the English sentence for logs and the command line
	 * @param details the values a translated message needs beside the reason
	 */
	public UnreadableArticleException(Reason reason, String message, String... details) {
		super(message);
		this.reason = reason;
		this.details = List.of(details);
	}

	public Reason getReason() {
		return this.reason;
	}

	public List<String> getDetails() {
		return this.details;
	}

	/** Why a file was rejected, for counting in the import report. */
	public enum Reason {

		EMPTY, BINARY, TOO_LARGE, NOT_VIETNAMESE, NO_BODY

	}

}
