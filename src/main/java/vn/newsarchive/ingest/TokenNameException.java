package vn.newsarchive.ingest;

/**
 * A token name refused: the English message for the command line, a key for the admin.
 */
class TokenNameException extends IllegalArgumentException {

	private final String messageKey;

	TokenNameException(String messageKey, String message) {
		super(message);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
