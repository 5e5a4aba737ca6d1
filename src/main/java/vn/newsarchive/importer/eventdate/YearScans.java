package vn.newsarchive.importer.eventdate;

import java.util.List;
import java.util.regex.Pattern;

import vn.newsarchive.importer.text.LookBehind;
import vn.newsarchive.importer.text.Prefixes;
import vn.newsarchive.importer.text.StartingAt;
import vn.newsarchive.kernel.WordList;

/**
 * The scans {@link YearInference.Hints} reads a story's years with: patterns that open
 * with a look-behind, each tried only where its first words or figures stand
 * ({@link StartingAt}), as they run over every story.
 */
final class YearScans {

	/** A month with its year: "tháng 4/2019". */
	static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])tháng\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A quarter with its year: "quý III/2022", "quý 4-2023"; group 1 the quarter (Roman
	 * or Arabic), group 2 the year (session 17).
	 */
	static final Pattern QUARTER_YEAR = Pattern.compile(
			"(?<![\\p{L}])quý\\s+(IV|I{1,3}|[1-4])\\s*[/.-]\\s*((?:19|20)\\d{2})(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The words a review of a year opens with ({@code review-words.txt}). */
	private static final WordList REVIEW_WORDS = WordList.load("review-words.txt");

	/**
	 * A review of a year: "kiểm điểm … năm 2016", "tổng kết công tác năm 2023", "phiên
	 * cuối năm 2021".
	 */
	static final Pattern REVIEWED_YEAR = Pattern.compile(
			"(?<![\\p{L}])" + REVIEW_WORDS.alternation() + "(?![\\p{L}])[^.]{0,120}?năm\\s+(\\d{4})(?!\\s*[-–]\\s*\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * An anniversary's span: "(19/8/1945 – 19/8/2022)"; group 1 and 2 its closing day.
	 */
	static final Pattern ANNIVERSARY = Pattern.compile(
			"(?<![\\d/.-])\\d{1,2}\\s*([/.-])\\s*\\d{1,2}\\s*\\1\\s*(?:19|20)\\d{2}\\s*[-–]\\s*(\\d{1,2})\\s*\\1\\s*(\\d{1,2})\\s*\\1\\s*((?:19|20)\\d{2})(?!\\d)");

	/**
	 * A half-year named with its year ("6 tháng đầu năm 2023", "6 tháng cuối năm 2024"):
	 * group 1 the half, group 2 the year.
	 */
	static final Pattern HALF_YEAR = Pattern.compile(
			"(?<![\\p{L}\\d])6\\s+tháng\\s+(đầu|cuối)\\s+năm\\s+(\\d{4})(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A count of years carrying something out: "5 năm thực hiện", "10 năm triển khai"
	 * ({@code years-of-work.txt}, session 18).
	 */
	private static final Pattern YEARS_OF_WORK = Pattern.compile(
			"(?<![\\p{L}\\d])\\d{1,2}\\s+năm\\s+" + WordList.load("years-of-work.txt").alternation() + "(?![\\p{L}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A day, month and year in figures: "22/12/2023", "15.10.2025", "3-2-2019". */
	static final Pattern FULL_DATE = Pattern
		.compile("(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*((?:19|20)\\d{2})(?!\\d)");

	/**
	 * The look-behind of {@link #FULL_DATE} and {@link #ANNIVERSARY}: no date starts
	 * after a digit, "/", "." or "-".
	 */
	private static final LookBehind NO_FULL_DATE_AFTER = new LookBehind(false, true, false, "/.-");

	/** The word {@link #MONTH_YEAR} starts with, in any case. */
	private static final Prefixes MONTH = Prefixes.eitherCase(List.of("tháng"));

	/** The word {@link #QUARTER_YEAR} starts with, in any case. */
	private static final Prefixes QUARTER = Prefixes.eitherCase(List.of("quý"));

	/** The words {@link #REVIEWED_YEAR} starts with, in any case. */
	private static final Prefixes REVIEW = Prefixes.eitherCase(REVIEW_WORDS.entries());

	private YearScans() {
	}

	/** "tháng 4/2019" in the text, tried only where "tháng" starts. */
	static StartingAt monthYears(String text) {
		return new StartingAt(MONTH_YEAR, text, 0, MONTH, LookBehind.LETTER);
	}

	/** "quý III/2022" in the text, tried only where "quý" starts. */
	static StartingAt quarterYears(String text) {
		return new StartingAt(QUARTER_YEAR, text, 0, QUARTER, LookBehind.LETTER);
	}

	/** The quarter's number, Roman or Arabic. */
	static int quarter(String written) {
		return switch (written.toUpperCase(java.util.Locale.ROOT)) {
			case "I", "1" -> 1;
			case "II", "2" -> 2;
			case "III", "3" -> 3;
			default -> 4;
		};
	}

	/** "kiểm điểm … năm 2016", tried only where a review word starts. */
	static StartingAt reviews(String text) {
		return new StartingAt(REVIEWED_YEAR, text, 0, REVIEW, LookBehind.LETTER);
	}

	/**
	 * The full dates of the text, tried only where a day and a separator start: most of a
	 * story's numbers are years, counts or longer.
	 */
	static StartingAt fullDates(String text) {
		return new StartingAt(FULL_DATE, text, 0, "0123456789", NO_FULL_DATE_AFTER).dayAndMonth();
	}

	/** Whether the text counts years of carrying something out, tried at digits only. */
	static boolean yearsOfWork(String text) {
		return new StartingAt(YEARS_OF_WORK, text, 0, "0123456789", LookBehind.LETTER_OR_DIGIT).find();
	}

	/** The half-years, tried only where a "6" stands. */
	static StartingAt halfYears(String text) {
		return new StartingAt(HALF_YEAR, text, 0, "6", LookBehind.LETTER_OR_DIGIT);
	}

	/** The anniversaries' spans, which open with a full date. */
	static StartingAt anniversarySpans(String text) {
		return new StartingAt(ANNIVERSARY, text, 0, "0123456789", NO_FULL_DATE_AFTER).dayAndMonth();
	}

}
