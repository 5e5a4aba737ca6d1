package vn.newsarchive.importer.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import vn.newsarchive.kernel.PartialDate;

/**
 * A date as the text wrote it: day and month always, the year only when stated (else
 * null). Day and month are in range; whether the calendar has that day is known only once
 * a year is given.
 */
public record WrittenDate(int day, int month, Integer year) {

	/** The date, or empty when no month has such a day or no year has such a month. */
	public static Optional<WrittenDate> of(int day, int month, Integer year) {
		if (day < 1 || day > 31 || month < 1 || month > 12) {
			return Optional.empty();
		}
		return Optional.of(new WrittenDate(day, month, year));
	}

	/** The day in {@code year}, or empty when that year has no such day (29/2). */
	public Optional<LocalDate> in(int year) {
		try {
			return Optional.of(LocalDate.of(year, this.month, this.day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The day in the year stated, or empty when none was. */
	public Optional<LocalDate> stated() {
		return (this.year != null) ? in(this.year) : Optional.empty();
	}

	/**
	 * The day in the year stated, else in the year {@link MissingYear} infers from the
	 * publication date; empty when neither gives one.
	 */
	public Optional<LocalDate> completedBy(PartialDate published) {
		if (this.year != null) {
			return in(this.year);
		}
		return MissingYear.notAfter(this.month, this.day, published).flatMap(this::in);
	}

}
