package vn.newsarchive.importer.eventdate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.newsarchive.importer.date.DateGrammar;
import vn.newsarchive.importer.date.WrittenDate;
import vn.newsarchive.importer.text.LookBehind;
import vn.newsarchive.importer.text.Prefixes;
import vn.newsarchive.importer.text.StartingAt;
import vn.newsarchive.kernel.WordList;

/**
 * Finds the date phrase that opens an event report: "Chiều 6/11", "Ngày 26/2", "Sáng ngày
 * 03/4", "Chiều 14-2", "Sáng 16.8", "Trong hai ngày 21- 22/4", "Từ ngày 4 - 5/5", "Ngày
 * 6/7/2021", "Sáng nay (29/5)", "Sáng ngày 09 tháng 4 năm 2022". A lower-case "ngày"
 * alone is not enough: that is how document dates are written ("Chỉ thị số 35-CT/TW, ngày
 * 14/6/2024"), nor is "từ ngày" or "từ" without a range ("có hiệu lực từ ngày 1/7/2021");
 * "trong các ngày" and a range are events whatever their case.
 */
public final class EventDateParser {

	private static final DateGrammar NUMERIC = new DateGrammar("n");

	private static final DateGrammar WORDED = new DateGrammar("w");

	/** The last day of a range that runs into another month ("30/9 đến 1/10/2025"). */
	private static final DateGrammar UNTIL = new DateGrammar("u");

	/**
	 * A time of day ({@code daytime-words.txt}), its first letter in either case:
	 * "Chiều", "sáng".
	 */
	private static final String DAYTIME = firstLetterEitherCase(WordList.load("daytime-words.txt"));

	/**
	 * Between the days of a range or list, each day perhaps with its time of day and
	 * "ngày": "21- 22", "14 đến ngày 23", "16 và sáng 17".
	 */
	private static final String NEXT_DAY = "(?:\\s*[-–,]\\s*|\\s+(?:và|đến)\\s+)(?:" + DAYTIME + "\\s+)?(?:ngày\\s+)?";

	/**
	 * "6/11", "21- 22/4", "16.8", "6/7/2021", a range or list of days before the month
	 * ("14 đến ngày 23/3/2011", "18, 19 và 22-3-2021", "16 và sáng 17.10"; the first day
	 * counts, in the month and year written after the last), a range into another month
	 * ("30/9 đến 1/10/2025", "30-9 đến ngày 2-10-2025", "30/9 - 1/10": the first day, in
	 * the year written after the last), or in words "09 tháng 4 năm 2022".
	 */
	private static final String DATE = "\\(?(?:"
			+ NUMERIC.dayMonthYear("(?<more>(?:" + NEXT_DAY + "\\d{1,2})*)", DateGrammar.SPACED, DateGrammar.YEAR, true)
			+ "(?:" + NEXT_DAY + UNTIL.dayMonthYear("", DateGrammar.SPACED, DateGrammar.YEAR, true) + ")?" + "|"
			+ WORDED.worded("(?<wmore>(?:" + NEXT_DAY + "\\d{1,2})*)", "\\s*(?:,\\s*)?", DateGrammar.YEAR, true)
			+ ")(?![\\d/])";

	/**
	 * Words that open an event's date only before a range ({@code range-openers.txt},
	 * first letter in either case): "từ ngày 4 - 5/5", "từ 30/9 đến 1/10/2025"; alone
	 * they open a document's date ("có hiệu lực từ ngày 1/7/2021").
	 */
	private static final String RANGE_OPENER = firstLetterEitherCase(WordList.load("range-openers.txt"));

	/**
	 * A time of day ({@code daytime-words.txt}, first letter in either case) or another
	 * opener ({@code event-date-openers.txt}, as written), then the date.
	 */
	static final Pattern PHRASE = Pattern
		.compile("(?<![\\p{L}\\d])(?:" + "(?<daytime>" + DAYTIME + ")(?:\\s+tối)?(?:\\s+(?:nay|qua))?,?(?:\\s+ngày)?"
				+ "|(?<opener>" + WordList.load("event-date-openers.txt").alternation() + ")|(?<since>" + RANGE_OPENER
				+ ")" + ")\\s+" + DATE);

	/**
	 * The words a phrase starts with: a time of day with its first letter in either case,
	 * an opener as written, and "từ ngày" or "từ" with its first letter in either case.
	 */
	private static final Prefixes PHRASE_STARTS = phraseStarts();

	/**
	 * A date in the document style right where a meeting's name ends ("Hội nghị ..., ngày
	 * 7-4-2015"): there it dates the meeting.
	 */
	private static final Pattern AFTER_NAME = Pattern.compile("[\\s,]*ngày\\s+" + DATE);

	/** The last day of a list's {@code more} days. */
	private static final Pattern LAST_DAY = Pattern.compile("(\\d{1,2})$");

	/** The first event date phrase in the text, if any. */
	public Optional<EventDateMention> find(String text) {
		return find(text, 0);
	}

	/** The first event date phrase in the text from {@code from} on, if any. */
	public Optional<EventDateMention> find(String text, int from) {
		StartingAt phrases = phrases(text, from);
		while (phrases.find()) {
			Matcher m = phrases.matcher();
			if (m.group("since") != null && moreDays(m).isEmpty() && m.group("uDay") == null) {
				continue;
			}
			Optional<EventDateMention> mention = mention(m);
			if (mention.isPresent()) {
				return mention;
			}
		}
		return Optional.empty();
	}

	/**
	 * The phrase's matches from {@code from} on, tried only where one of its words starts
	 * and a digit lies ahead: it holds only letters, spaces, commas and "(" before its
	 * date. Most word starts of a story are neither, and the matcher's reset at each one
	 * was the costliest part of reading a story's years (after the guard by first letter
	 * and digit, still 6 % of extraction: "t", "c", "đ" begin a third of the words).
	 */
	static StartingAt phrases(String text, int from) {
		return new StartingAt(PHRASE, text, from, PHRASE_STARTS, LookBehind.LETTER_OR_DIGIT).beforeADigit();
	}

	/**
	 * A date "ngày D-M-YYYY" starting at {@code from}, such as right after a meeting's
	 * name.
	 */
	public Optional<EventDateMention> findAfter(String text, int from) {
		Matcher m = AFTER_NAME.matcher(text).region(from, text.length());
		return m.lookingAt() ? mention(m) : Optional.empty();
	}

	private static Prefixes phraseStarts() {
		List<String> starts = new ArrayList<>();
		for (String list : List.of("daytime-words.txt", "range-openers.txt")) {
			for (String word : WordList.load(list).entries()) {
				starts.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
				starts.add(word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1));
			}
		}
		starts.addAll(WordList.load("event-date-openers.txt").entries());
		return Prefixes.asWritten(starts);
	}

	/** The entries' alternation with each entry's first letter in either case. */
	private static String firstLetterEitherCase(WordList words) {
		return words.entries()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map((word) -> "[" + word.substring(0, 1).toUpperCase(Locale.ROOT)
					+ word.substring(0, 1).toLowerCase(Locale.ROOT) + "]"
					+ Pattern.quote(word.substring(1)).replace(" ", "\\E\\s+\\Q"))
			.collect(Collectors.joining("|", "(?:", ")"));
	}

	private static Optional<EventDateMention> mention(Matcher m) {
		return DateGrammar.read(m, NUMERIC, WORDED)
			.flatMap((date) -> firstDay(date, moreDays(m)))
			.flatMap((date) -> yearOfRange(date, UNTIL.read(m)))
			.map((date) -> new EventDateMention(date.day(), date.month(), date.year(), m.start(), m.end()));
	}

	/** The days after the first of a list or range, numeric or in words ("" if none). */
	private static String moreDays(Matcher m) {
		String more = (m.group("more") != null) ? m.group("more") : m.group("wmore");
		return (more != null) ? more : "";
	}

	/**
	 * The first day of a range into another month, in the year written after its last day
	 * when none is written after the first: "31/12 đến 2/1/2025" starts on 31/12/2024.
	 */
	private static Optional<WrittenDate> yearOfRange(WrittenDate first, Optional<WrittenDate> last) {
		if (first.year() != null || last.isEmpty() || last.get().year() == null) {
			return Optional.of(first);
		}
		int year = last.get().year();
		return WrittenDate.of(first.day(), first.month(), (first.month() > last.get().month()) ? year - 1 : year);
	}

	/**
	 * The first day of a list whose month is written after its last day: in that month,
	 * or in the month before when the list runs into the next one ("30 đến 2/5" starts on
	 * 30/4, "31 và 1/1/2025" on 31/12/2024).
	 */
	private static Optional<WrittenDate> firstDay(WrittenDate date, String more) {
		Matcher last = LAST_DAY.matcher((more != null) ? more : "");
		if (!last.find() || date.day() <= Integer.parseInt(last.group(1))) {
			return Optional.of(date);
		}
		if (date.month() > 1) {
			return WrittenDate.of(date.day(), date.month() - 1, date.year());
		}
		return WrittenDate.of(date.day(), 12, (date.year() != null) ? date.year() - 1 : null);
	}

}
