package vn.newsarchive.kernel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A date known only to some precision, and whether its missing parts (usually the year)
 * were inferred rather than stated. Fields finer than the precision are null.
 */
public record PartialDate(int year, Integer month, Integer day, Integer hour, Integer minute, DatePrecision precision,
		boolean inferred) {

	public static PartialDate minute(int year, int month, int day, int hour, int minute, boolean inferred) {
		return new PartialDate(year, month, day, hour, minute, DatePrecision.MINUTE, inferred);
	}

	public static PartialDate day(int year, int month, int day, boolean inferred) {
		return new PartialDate(year, month, day, null, null, DatePrecision.DAY, inferred);
	}

	public static PartialDate month(int year, int month, boolean inferred) {
		return new PartialDate(year, month, null, null, null, DatePrecision.MONTH, inferred);
	}

	public static PartialDate year(int year, boolean inferred) {
		return new PartialDate(year, null, null, null, null, DatePrecision.YEAR, inferred);
	}

	/**
	 * ISO-like text at the stated precision: 2019-11-06T19:27, 2019-11-06, 2019-04 or
	 * 2019.
	 */
	public String value() {
		return switch (this.precision) {
			case MINUTE ->
				String.format("%04d-%02d-%02dT%02d:%02d", this.year, this.month, this.day, this.hour, this.minute);
			case DAY -> String.format("%04d-%02d-%02d", this.year, this.month, this.day);
			case MONTH -> String.format("%04d-%02d", this.year, this.month);
			case YEAR -> String.format("%04d", this.year);
		};
	}

	/** The earliest instant the value can denote, for sorting and storage. */
	public LocalDateTime start() {
		return LocalDateTime.of(this.year, (this.month != null) ? this.month : 1, (this.day != null) ? this.day : 1,
				(this.hour != null) ? this.hour : 0, (this.minute != null) ? this.minute : 0);
	}

	public LocalDate startDate() {
		return start().toLocalDate();
	}

}
