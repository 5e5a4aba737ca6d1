package vn.newsarchive.admin;

/**
 * A typed date that cannot be read: which field is wrong, and the message that says why.
 */
public class DateInputException extends IllegalArgumentException {

	private final String field;

	private final String messageCode;

	DateInputException(String field, String messageCode) {
		super(messageCode);
		this.field = field;
		this.messageCode = messageCode;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageCode() {
		return this.messageCode;
	}

}
