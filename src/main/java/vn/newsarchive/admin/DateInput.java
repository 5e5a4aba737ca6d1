package vn.newsarchive.admin;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import vn.newsarchive.kernel.DatePrecision;

/**
 * A date as an editor types it: the date text (day, month or year only), an optional
 * time, the precision it is known to, and whether it was inferred rather than stated.
 * Kept as text so that a mistyped date is shown back exactly as typed.
 */
public class DateInput {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private String date;

	private String time;

	private DatePrecision precision;

	private boolean inferred;

	/** The form fields for a stored date, written at the precision it is known to. */
	public static DateInput of(LocalDateTime at, DatePrecision precision, boolean inferred) {
		DateInput input = new DateInput();
		if (at == null) {
			return input;
		}
		DatePrecision known = (precision != null) ? precision : DatePrecision.DAY;
		input.date = switch (known) {
			case MINUTE, DAY -> DAY.format(at);
			case MONTH -> MONTH.format(at);
			case YEAR -> String.valueOf(at.getYear());
		};
		input.time = (known == DatePrecision.MINUTE) ? TIME.format(at) : null;
		input.precision = known;
		input.inferred = inferred;
		return input;
	}

	/** The date this input denotes, or null when none was given. */
	public DateValue toValue() {
		return DateParser.parse(this.date, this.time, this.precision, this.inferred);
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getTime() {
		return this.time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public DatePrecision getPrecision() {
		return this.precision;
	}

	public void setPrecision(DatePrecision precision) {
		this.precision = precision;
	}

	public boolean isInferred() {
		return this.inferred;
	}

	public void setInferred(boolean inferred) {
		this.inferred = inferred;
	}

}
