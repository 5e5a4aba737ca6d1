package vn.newsarchive.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's date filter, "from" and "to", both days included and either open: what the
 * date fields of the search page and of the lists send ({@code 2024-05-31}), or what a
 * reader types in an address ({@code 31/05/2024}, {@code 5/2024}, {@code 2024}: a month
 * or a year from its first day, or to its last). Text that is no date, or a "from" after
 * the "to", is refused with a {@link DateRangeException} that says which, in the reader's
 * language.
 */
public record DateRange(LocalDate from, LocalDate to) {

	public static final DateRange ANY = new DateRange(null, null);

	private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern MONTH = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** The range these parameters ask for; blank parameters leave that end open. */
	public static DateRange parse(String from, String to) {
		LocalDate start = day(from, false);
		LocalDate end = day(to, true);
		if (start != null && end != null && start.isAfter(end)) {
			throw new DateRangeException("dates.reversed", from.strip(), to.strip());
		}
		return (start == null && end == null) ? ANY : new DateRange(start, end);
	}

	public boolean isOpen() {
		return this.from == null && this.to == null;
	}

	/** The day after "to", for a comparison {@code date < end}; null when open. */
	public LocalDate endExclusive() {
		return (this.to != null) ? this.to.plusDays(1) : null;
	}

	/**
	 * This range within one year (a list's year filter), or this range when there is no
	 * year; a year outside the range leaves an empty range (from after to is not refused
	 * here: the reader asked for both).
	 */
	public DateRange within(Integer year) {
		if (year == null) {
			return this;
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return new DateRange((this.from == null || this.from.isBefore(first)) ? first : this.from,
				(this.to == null || this.to.isAfter(last)) ? last : this.to);
	}

	/** The value for a date field ({@code yyyy-MM-dd}), or "" for an open end. */
	public static String field(LocalDate day) {
		return (day != null) ? day.toString() : "";
	}

	private static LocalDate day(String text, boolean end) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip();
		try {
			Matcher m;
			if ((m = ISO_DAY.matcher(typed)).matches()) {
				return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
			}
			if ((m = DAY.matcher(typed)).matches()) {
				return LocalDate.of(number(m, 3), number(m, 2), number(m, 1));
			}
			if ((m = MONTH.matcher(typed)).matches()) {
				YearMonth month = YearMonth.of(number(m, 2), number(m, 1));
				return end ? month.atEndOfMonth() : month.atDay(1);
			}
			if (YEAR.matcher(typed).matches()) {
				int year = Integer.parseInt(typed);
				return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
			}
		}
		catch (DateTimeException ex) {
			// a day or month out of range: refused below like any other unreadable date
		}
		throw new DateRangeException("dates.unreadable", (typed.length() > 40) ? typed.substring(0, 40) + "…" : typed);
	}

	private static int number(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

}
