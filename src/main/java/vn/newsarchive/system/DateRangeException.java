package vn.newsarchive.system;

/**
 * A date filter the archive cannot read ({@code from=31/02/2024}, {@code to=abc}) or
 * whose "from" is after its "to": a reader's typo, answered with the 400 page saying
 * which ({@link DateRangeAdvice}), never with the server-error page.
 */
public class DateRangeException extends RuntimeException {

	private final String messageKey;

	private final String[] values;

	DateRangeException(String messageKey, String... values) {
		super(messageKey + " " + String.join(" ", values));
		this.messageKey = messageKey;
		this.values = values;
	}

	/** The message that says what is wrong, with the values as its arguments. */
	public String getMessageKey() {
		return this.messageKey;
	}

	public String[] getValues() {
		return this.values.clone();
	}

}
