package vn.newsarchive.importer.date;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The pieces every date the importer reads is written with, each a named group: stamps
 * ({@code DatelineParser}), event dates ({@code EventDateParser}) and document dates
 * ({@code DocumentDate}) build their patterns from here and read the groups back by name
 * with {@link #read}, never by position. One instance per alternative of a pattern: its
 * prefix keeps the group names apart ({@code nDay}, {@code wDay}).
 */
public record DateGrammar(String prefix) {

	/** A day or a month: one or two digits. */
	public static final String DAY_OR_MONTH = "\\d{1,2}";

	/** Any four-digit year, as sentences write them. */
	public static final String YEAR = "\\d{4}";

	/** A year a publication stamp can hold. */
	public static final String STAMP_YEAR = "(?:19|20)\\d{2}";

	/** Between day, month and year: one of these, the same one each time. */
	public static final String SEPARATOR = "[/.\\-]";

	/** Spaces a sentence may put around a separator ("21- 22/4", "6 / 11"). */
	public static final String SPACED = "\\s*";

	/** Nothing between the parts: a stamp line's compact form. */
	public static final String TIGHT = "";

	public String day() {
		return group("Day", DAY_OR_MONTH);
	}

	public String month() {
		return group("Month", DAY_OR_MONTH);
	}

	public String year(String year) {
		return group("Year", year);
	}

	public String separator() {
		return group("Sep", SEPARATOR);
	}

	/** The separator written before the month, again. */
	public String sameSeparator() {
		return "\\k<" + this.prefix + "Sep>";
	}

	/**
	 * Day, separator, month and, when {@code yearOptional} is false, always a year:
	 * "6/11", "6-11-2019". {@code afterDay} may hold more days of a range before the
	 * separator ("21- 22/4").
	 */
	public String dayMonthYear(String afterDay, String gap, String year, boolean yearOptional) {
		String yearPart = gap + sameSeparator() + gap + year(year);
		return day() + afterDay + gap + separator() + gap + month()
				+ (yearOptional ? "(?:" + yearPart + ")?" : yearPart);
	}

	/** Year first: "2019-11-06", "2019/11/06". */
	public String yearMonthDay(String year) {
		return year(year) + separator() + month() + sameSeparator() + day();
	}

	/**
	 * In words: "09 tháng 4 năm 2022"; {@code beforeYear} is what may stand between the
	 * month and "năm".
	 */
	public String worded(String beforeYear, String year, boolean yearOptional) {
		return worded("", beforeYear, year, yearOptional);
	}

	/**
	 * In words with {@code afterDay} between the day and "tháng", as more days of a range
	 * ("14 đến ngày 16 tháng 10 năm 2025").
	 */
	public String worded(String afterDay, String beforeYear, String year, boolean yearOptional) {
		String yearPart = beforeYear + "năm\\s+" + year(year);
		return day() + afterDay + "\\s+tháng\\s+" + month() + (yearOptional ? "(?:" + yearPart + ")?" : yearPart);
	}

	/**
	 * The date this alternative matched, or empty when another alternative of the pattern
	 * did (or this one holds a day or month no calendar has).
	 */
	public Optional<WrittenDate> read(Matcher matcher) {
		String day = matcher.group(this.prefix + "Day");
		if (day == null) {
			return Optional.empty();
		}
		String year = matcher.group(this.prefix + "Year");
		return WrittenDate.of(Integer.parseInt(day), Integer.parseInt(matcher.group(this.prefix + "Month")),
				(year != null) ? Integer.valueOf(year) : null);
	}

	/** The date the first of {@code alternatives} that matched reads. */
	public static Optional<WrittenDate> read(Matcher matcher, DateGrammar... alternatives) {
		for (DateGrammar alternative : alternatives) {
			Optional<WrittenDate> date = alternative.read(matcher);
			if (date.isPresent() || matcher.group(alternative.prefix + "Day") != null) {
				return date;
			}
		}
		return Optional.empty();
	}

	private String group(String name, String pattern) {
		return "(?<" + this.prefix + name + ">" + pattern + ")";
	}

}
