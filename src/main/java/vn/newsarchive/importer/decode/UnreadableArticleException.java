package vn.newsarchive.importer.decode;

/**
 * An input file that cannot become an article: empty, binary, too large, not Vietnamese,
 * or without a body. The message names the file and says what is wrong, for the import
 * report.
 */
public class UnreadableArticleException extends Exception {

	private final Reason reason;

	public UnreadableArticleException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** Why a file was rejected, for counting in the import report. */
	public enum Reason {

		EMPTY, BINARY, TOO_LARGE, NOT_VIETNAMESE, NO_BODY

	}

}
