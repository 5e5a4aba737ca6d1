package vn.newsarchive.importer.date;

import java.util.Optional;

import vn.newsarchive.kernel.PartialDate;

/**
 * The one rule for a date written without its year (event dates and document dates
 * alike): an article reports what happened or was issued on or before the day it was
 * published, so the year is the latest one that puts the day there — 28/12 in an article
 * of 2/1/2020 is 2019, 2/1 is 2020.
 */
public final class MissingYear {

	private MissingYear() {
	}

	/**
	 * The latest year in which day/month is not after the publication day; empty when the
	 * publication date is unknown or lacks its day.
	 */
	public static Optional<Integer> notAfter(int month, int day, PartialDate published) {
		if (published == null || published.month() == null || published.day() == null) {
			return Optional.empty();
		}
		boolean later = month > published.month() || month == published.month() && day > published.day();
		return Optional.of(later ? published.year() - 1 : published.year());
	}

	/**
	 * Under a stamp of only a year and a month: the stamp's year for a day of its month
	 * or of the month before (announced a little ahead, or reported a little after), the
	 * year before for December under January; empty for any other month, whose year the
	 * stamp cannot tell, and when the publication date is unknown or not of that
	 * precision.
	 */
	public static Optional<Integer> nearMonthStamp(int month, PartialDate published) {
		if (published == null || published.month() == null || published.day() != null) {
			return Optional.empty();
		}
		if (month == published.month()) {
			return Optional.of(published.year());
		}
		int before = (published.month() == 1) ? 12 : published.month() - 1;
		if (month != before) {
			return Optional.empty();
		}
		return Optional.of((before == 12) ? published.year() - 1 : published.year());
	}

}
