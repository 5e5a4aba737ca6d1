package vn.newsarchive.admin;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.DatePrecision;

/**
 * Reads the dates editors type: {@code 06/11/2019} (also with - or .), {@code 11/2019},
 * {@code 2019}, ISO {@code 2019-11-06} or {@code 2019-11}, and a time {@code 19:27} or
 * {@code 19h27}. The precision is what was typed unless the editor chose a coarser one; a
 * finer one than the text gives is refused, since precision must never be invented.
 */
final class DateParser {

	private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern MONTH = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:hg](\\d{2})");

	private DateParser() {
	}

	/**
	 * @throws DateInputException naming the field and the message code of the mistake
	 */
	static DateValue parse(String dateText, String timeText, DatePrecision chosen, boolean inferred) {
		String date = (dateText != null) ? dateText.strip() : "";
		String time = (timeText != null) ? timeText.strip() : "";
		if (date.isEmpty()) {
			if (!time.isEmpty()) {
				throw new DateInputException("date", "admin.date.missing");
			}
			return null;
		}
		DateValue typed = parseDate(date);
		if (!time.isEmpty()) {
			typed = withTime(typed, time);
		}
		DatePrecision precision = (chosen != null) ? chosen : typed.precision();
		if (precision.ordinal() < typed.precision().ordinal()) {
			throw new DateInputException("precision", "admin.date.precisionTooFine");
		}
		return new DateValue(truncate(typed.start(), precision), precision, inferred);
	}

	private static DateValue parseDate(String date) {
		try {
			Matcher m;
			if ((m = DAY.matcher(date)).matches()) {
				return value(m.group(3), m.group(2), m.group(1), DatePrecision.DAY);
			}
			if ((m = ISO_DAY.matcher(date)).matches()) {
				return value(m.group(1), m.group(2), m.group(3), DatePrecision.DAY);
			}
			if ((m = MONTH.matcher(date)).matches()) {
				return value(m.group(2), m.group(1), "1", DatePrecision.MONTH);
			}
			if ((m = ISO_MONTH.matcher(date)).matches()) {
				return value(m.group(1), m.group(2), "1", DatePrecision.MONTH);
			}
			if (YEAR.matcher(date).matches()) {
				return value(date, "1", "1", DatePrecision.YEAR);
			}
		}
		catch (DateTimeException ex) {
			throw new DateInputException("date", "admin.date.invalid");
		}
		throw new DateInputException("date", "admin.date.format");
	}

	private static DateValue withTime(DateValue day, String time) {
		if (day.precision() != DatePrecision.DAY) {
			throw new DateInputException("time", "admin.date.timeNeedsDay");
		}
		Matcher m = TIME.matcher(time);
		if (!m.matches()) {
			throw new DateInputException("time", "admin.date.timeFormat");
		}
		try {
			LocalDateTime at = day.start()
				.withHour(Integer.parseInt(m.group(1)))
				.withMinute(Integer.parseInt(m.group(2)));
			return new DateValue(at, DatePrecision.MINUTE, day.inferred());
		}
		catch (DateTimeException ex) {
			throw new DateInputException("time", "admin.date.timeFormat");
		}
	}

	private static DateValue value(String year, String month, String day, DatePrecision precision) {
		LocalDateTime start = LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day),
				0, 0);
		return new DateValue(start, precision, false);
	}

	private static LocalDateTime truncate(LocalDateTime at, DatePrecision precision) {
		return switch (precision) {
			case MINUTE -> at;
			case DAY -> at.toLocalDate().atStartOfDay();
			case MONTH -> at.toLocalDate().withDayOfMonth(1).atStartOfDay();
			case YEAR -> at.toLocalDate().withDayOfYear(1).atStartOfDay();
		};
	}

}
