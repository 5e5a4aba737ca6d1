package vn.newsarchive.saved;

/** A search that cannot be saved, with the message that says why. */
class SavedSearchRefused extends RuntimeException {

	private final String messageKey;

	SavedSearchRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
