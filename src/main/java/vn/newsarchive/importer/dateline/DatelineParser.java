package vn.newsarchive.importer.dateline;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.date.DateGrammar;
import vn.newsarchive.importer.date.WrittenDate;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.WordList;

/**
 * Reads publication stamps: {@code 06/11/2019 19:27}, {@code 12:00 | 05/09/2024},
 * {@code Thứ năm 05/08/2021 10:40}, {@code 20-03-2020}, {@code 16.08.2021}, ISO, and
 * {@code ngày 06 tháng 11 năm 2019}. A stamp is a whole line; a date inside a sentence is
 * never read as a stamp. A midnight time ({@code 00:00}) is a placeholder: day precision.
 */
public final class DatelineParser {

	private static final DateGrammar DMY = new DateGrammar("n");

	private static final DateGrammar YMD = new DateGrammar("i");

	private static final DateGrammar WORDS = new DateGrammar("w");

	private static final Pattern DATE = Pattern.compile(
			"(?<![\\d/.\\-])(?:" + DMY.dayMonthYear("", DateGrammar.TIGHT, DateGrammar.STAMP_YEAR, false) + "|"
					+ YMD.yearMonthDay(DateGrammar.STAMP_YEAR) + "|ngày\\s+"
					+ WORDS.worded("\\s+", DateGrammar.STAMP_YEAR, false) + ")(?![\\d/]|\\.\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern TIME = Pattern
		.compile("(?<![\\d:.])(?<h>[01]?\\d|2[0-3])\\s?[:hg]\\s?(?<min>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?![\\d:])");

	/**
	 * Words a stamp line may carry besides the date and time ({@code stamp-words.txt}),
	 * and Vietnam's zone offset.
	 */
	private static final Pattern STAMP_WORDS = Pattern
		.compile("(?iu)\\b" + WordList.load("stamp-words.txt").alternation() + "\\b|[+\\-]\\s?0?7(?::?00)?");

	/**
	 * A view counter on the stamp line ({@code view-counters.txt}): widget text, which
	 * leaves the stamp pure (session 18).
	 */
	private static final Pattern VIEW_COUNTER = Pattern
		.compile("(?iu)" + WordList.load("view-counters.txt").alternation() + "\\s*:?\\s*\\d[\\d.,]*");

	private static final Pattern LEFTOVER = Pattern.compile("[\\s|,;:()\\[\\]/\\-–—.+]+");

	private static final Pattern CRAWLER_TOKEN = Pattern.compile(
			"^(?:date|published|pubdate)[:=]?\\s+(?<year>\\d{4})-(?<month>\\d{2})(?:-(?<day>\\d{2}))?(?:\\s+|$)",
			Pattern.CASE_INSENSITIVE);

	private static final String SIMPLE_DATE = "\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:19|20)\\d{2}";

	private static final String SIMPLE_TIME = "\\d{1,2}[:h]\\d{2}";

	/** Text, then a date and a clock (either order) ending the line. */
	private static final Pattern TRAILING = Pattern.compile("^(?<text>.*?\\p{L}.*?)[\\s|,\\-–—]+(?<stamp>" + SIMPLE_DATE
			+ "\\s*[,|\\-–—]?\\s*" + SIMPLE_TIME + "|" + SIMPLE_TIME + "\\s*[,|\\-–—]?\\s*" + SIMPLE_DATE + ")\\s*$");

	/** A stamp line: the date it states and whether nothing else is on the line. */
	public record Stamp(PartialDate date, boolean pure) {
	}

	/** A line that ends with a stamp: the text before it and the date. */
	public record TrailingStamp(String text, PartialDate date) {
	}

	/**
	 * The stamp on a line: pure when the line holds nothing but the stamp; impure when a
	 * short line also holds other things (a hotline, an author) next to a date and a
	 * time.
	 */
	public Optional<Stamp> parseLine(String line) {
		if (line == null || line.length() > 160 || !hasStampYear(line)) {
			return Optional.empty();
		}
		Matcher date = DATE.matcher(line);
		if (!date.find()) {
			return Optional.empty();
		}
		Optional<LocalDate> stated = DateGrammar.read(date, DMY, YMD, WORDS).flatMap(WrittenDate::stated);
		if (stated.isEmpty()) {
			return Optional.empty();
		}
		LocalDate day = stated.get();
		String rest = VIEW_COUNTER.matcher(line.substring(0, date.start()) + " " + line.substring(date.end()))
			.replaceAll(" ");
		Matcher time = TIME.matcher(rest);
		boolean hasTime = time.find();
		PartialDate stamp = (hasTime) ? at(day, Integer.parseInt(time.group("h")), Integer.parseInt(time.group("min")))
				: PartialDate.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), false);
		String leftover = hasTime ? rest.substring(0, time.start()) + " " + rest.substring(time.end()) : rest;
		leftover = LEFTOVER.matcher(STAMP_WORDS.matcher(leftover).replaceAll(" ")).replaceAll("");
		if (leftover.isEmpty()) {
			return Optional.of(new Stamp(stamp, true));
		}
		if (hasTime && line.length() <= 120 && !line.endsWith(".")) {
			return Optional.of(new Stamp(stamp, false));
		}
		return Optional.empty();
	}

	/**
	 * A headline or a byline with the stamp glued to its end
	 * ({@code Tiêu đề 01/02/2026 10:29}, {@code Duy Anh - 07:00, 04/12/2023}).
	 */
	public Optional<TrailingStamp> trailingStamp(String line) {
		if (line == null || line.length() > 300) {
			return Optional.empty();
		}
		Matcher matcher = TRAILING.matcher(line.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return parseLine(matcher.group("stamp")).filter(Stamp::pure)
			.map((stamp) -> new TrailingStamp(matcher.group("text").strip(), stamp.date()));
	}

	/**
	 * A crawler's {@code date 2025-09-16} token at the start of a line: a stated day (or
	 * month, {@code date 2021-08}).
	 */
	public Optional<PartialDate> crawlerDate(String line) {
		Matcher matcher = CRAWLER_TOKEN.matcher(line);
		if (!matcher.find()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group("year"));
		int month = Integer.parseInt(matcher.group("month"));
		if (matcher.group("day") == null) {
			return (month >= 1 && month <= 12) ? Optional.of(PartialDate.month(year, month, false)) : Optional.empty();
		}
		return WrittenDate.of(Integer.parseInt(matcher.group("day")), month, year)
			.flatMap(WrittenDate::stated)
			.map((day) -> PartialDate.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), false));
	}

	/** The line without its leading crawler token. */
	public String stripCrawlerToken(String line) {
		Matcher matcher = CRAWLER_TOKEN.matcher(line);
		return matcher.find() ? line.substring(matcher.end()) : line;
	}

	/**
	 * Whether a stamp's year (19xx or 20xx, {@link DateGrammar#STAMP_YEAR}) stands
	 * anywhere in the line: every form of {@link #DATE} needs one, and most lines have
	 * none, so the pattern is not tried on them.
	 */
	private static boolean hasStampYear(String line) {
		for (int i = 0; i + 3 < line.length(); i++) {
			char c = line.charAt(i);
			char next = line.charAt(i + 1);
			if ((c == '1' && next == '9' || c == '2' && next == '0') && isDigit(line.charAt(i + 2))
					&& isDigit(line.charAt(i + 3))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static PartialDate at(LocalDate day, int hour, int minute) {
		if (hour == 0 && minute == 0) {
			return PartialDate.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), false);
		}
		return PartialDate.minute(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), hour, minute, false);
	}

}
