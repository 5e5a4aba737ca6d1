package vn.newsarchive.importer.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;

import vn.newsarchive.importer.model.PartialDate;

/**
 * A document's date as written: "19/5/2018", "23-9-2019", "11.8.2020", "15 tháng 4 năm
 * 2022", or without its year ("24/1").
 */
final class DocumentDate {

	/**
	 * Groups 1-4: day, separator, month, year of the numeric form; groups 5-7: day,
	 * month, year of the worded form.
	 */
	static final String PATTERN = "(?:(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}))?"
			+ "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?)(?!\\d)";

	private DocumentDate() {
	}

	/**
	 * The ISO date of a {@link #PATTERN} whose day is group {@code first} of {@code m}.
	 */
	static String iso(Matcher m, int first, PartialDate published) {
		if (m.group(first) != null) {
			return iso(m.group(first), m.group(first + 2), m.group(first + 3), published);
		}
		return iso(m.group(first + 4), m.group(first + 5), m.group(first + 6), published);
	}

	/**
	 * ISO date; a date given without a year takes the latest year not after the
	 * publication date.
	 */
	static String iso(String day, String month, String year, PartialDate published) {
		try {
			int d = Integer.parseInt(day);
			int m = Integer.parseInt(month);
			if (year != null) {
				return LocalDate.of(Integer.parseInt(year), m, d).toString();
			}
			if (published == null || published.month() == null || published.day() == null) {
				LocalDate.of(2000, m, d);
				return null;
			}
			int y = published.year();
			if (m > published.month() || m == published.month() && d > published.day()) {
				y--;
			}
			return LocalDate.of(y, m, d).toString();
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

}
