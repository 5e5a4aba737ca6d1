package vn.newsarchive.admin.article;

/**
 * A link the editor asked for that cannot be made: the message key says why, the subject
 * names what was typed or found.
 */
class RefusedLinkException extends RuntimeException {

	private final String subject;

	RefusedLinkException(String messageKey, String subject) {
		super(messageKey);
		this.subject = subject;
	}

	String messageKey() {
		return getMessage();
	}

	String subject() {
		return this.subject;
	}

}
