package vn.newsarchive.importer.eventdate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import vn.newsarchive.importer.date.MissingYear;
import vn.newsarchive.importer.date.WrittenDate;
import vn.newsarchive.importer.text.StartingAt;
import vn.newsarchive.kernel.PartialDate;

/**
 * Completes an event date that lacks its year. In order: the year stated; the publication
 * date ({@link MissingYear}: an event is reported on or after the day it happens, so
 * 28/12 in an article of 2/1 is the previous year; under a stamp of year and month only,
 * a day of that month or the one before); a month (or a quarter, "quý III/2022") with
 * year elsewhere in the text ("trong tháng 4/2019"); a review of a year ("kiểm điểm ...
 * năm 2016", held early the next year). Anything inferred is marked so.
 */
public final class YearInference {

	/** How many days before an event a letter or decision read at it may be dated. */
	private static final int LETTER_DAYS = 7;

	/**
	 * How many days before an anniversary an event "on the occasion of" it may be held
	 * ("Nhân dịp kỷ niệm … (19/8/1945 – 19/8/2022), chiều ngày 18/8").
	 */
	private static final int EVE_DAYS = 7;

	/**
	 * Month → year pairs written in the text, the year a review covers (or null), and the
	 * latest year written with each day (key: month × 100 + day).
	 */
	public record Hints(Map<Integer, Integer> monthYears, Integer reviewedYear, Map<Integer, Integer> dayYears,
			Map<Boolean, Integer> halfYears, Map<Integer, Integer> anniversaries) {

		public Hints(Map<Integer, Integer> monthYears, Integer reviewedYear) {
			this(monthYears, reviewedYear, Map.of(), Map.of(), Map.of());
		}

		public static Hints from(String text) {
			Map<Integer, Integer> monthYears = new java.util.HashMap<>();
			// the patterns test every position of the text: look for their words first
			// ("tháng", "năm", in any case)
			boolean months = containsEither(text, "háng", "HÁNG");
			StartingAt monthYear = YearScans.monthYears(text);
			while (months && monthYear.find()) {
				Matcher m = monthYear.matcher();
				monthYears.putIfAbsent(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			}
			// a quarter with its year ("giao ban quý III/2022"): its three months are of
			// that year, as if each were written with it (session 17)
			boolean quarters = containsEither(text, "quý", "QUÝ");
			StartingAt quarterYear = YearScans.quarterYears(text);
			while (quarters && quarterYear.find()) {
				Matcher m = quarterYear.matcher();
				int first = 3 * YearScans.quarter(m.group(1)) - 2;
				for (int month = first; month < first + 3; month++) {
					monthYears.putIfAbsent(month, Integer.parseInt(m.group(2)));
				}
			}
			// "kiểm điểm" or "tổng kết" in any case (the Kelvin sign is a "k" to the
			// pattern)
			StartingAt review = YearScans.reviews(text);
			boolean reviewed = containsEither(text, "ăm", "ĂM") && review.find();
			Map<Boolean, Integer> halfYears = new java.util.HashMap<>();
			// a half-year named with its year ("6 tháng đầu năm 2023"): an event about
			// the
			// first half is held in that year, one about the second half in its second
			// half or early in the next year
			StartingAt halves = YearScans.halfYears(text);
			while (months && halves.find()) {
				Matcher half = halves.matcher();
				halfYears.putIfAbsent(half.group(1).equalsIgnoreCase("cuối"), Integer.parseInt(half.group(2)));
			}
			return new Hints(Map.copyOf(monthYears), reviewed ? Integer.valueOf(review.matcher().group(1)) : null,
					dayYears(text), Map.copyOf(halfYears), anniversaries(text));
		}

		private static Map<Integer, Integer> dayYears(String text) {
			Map<Integer, Integer> years = new java.util.HashMap<>();
			StartingAt dates = YearScans.fullDates(text);
			while (dates.find()) {
				Matcher full = dates.matcher();
				years.merge(Integer.parseInt(full.group(3)) * 100 + Integer.parseInt(full.group(1)),
						Integer.parseInt(full.group(4)), Math::max);
			}
			// a range or list has its year after the last day only: "13 - 15.10.2025"
			EventDateParser parser = new EventDateParser();
			for (Optional<EventDateMention> m = parser.find(text); m
				.isPresent(); m = parser.find(text, m.get().end())) {
				if (m.get().year() != null) {
					years.merge(m.get().month() * 100 + m.get().day(), m.get().year(), Math::max);
				}
			}
			return Map.copyOf(years);
		}

		/** The closing day of each anniversary's span (key: month × 100 + day) → year. */
		private static Map<Integer, Integer> anniversaries(String text) {
			Map<Integer, Integer> days = new java.util.HashMap<>();
			StartingAt spans = YearScans.anniversarySpans(text);
			while (spans.find()) {
				Matcher span = spans.matcher();
				days.merge(Integer.parseInt(span.group(3)) * 100 + Integer.parseInt(span.group(2)),
						Integer.parseInt(span.group(4)), Math::max);
			}
			return Map.copyOf(days);
		}

		private static boolean containsEither(String text, String lower, String upper) {
			return text.contains(lower) || text.contains(upper);
		}

	}

	/**
	 * The full date of a stated event date, or empty when no year can be stated or
	 * inferred.
	 */
	public Optional<PartialDate> complete(EventDateMention mention, PartialDate published, Hints hints) {
		WrittenDate written = new WrittenDate(mention.day(), mention.month(), mention.year());
		if (mention.year() != null) {
			return day(written.stated(), false);
		}
		Optional<Integer> beforePublication = MissingYear.notAfter(mention.month(), mention.day(), published);
		Integer sameDay = hints.dayYears().get(mention.month() * 100 + mention.day());
		if (sameDay != null && (published == null || beforePublication.isPresent() && sameDay > beforePublication.get()
				&& sameDay <= published.year() + 1)) {
			return day(written.in(sameDay), true);
		}
		if (beforePublication.isPresent()) {
			return day(beforePublication.flatMap(written::in), true);
		}
		Optional<Integer> underMonthStamp = MissingYear.nearMonthStamp(mention.month(), published);
		if (underMonthStamp.isPresent()) {
			return day(underMonthStamp.flatMap(written::in), true);
		}
		if (published != null && published.month() == null) {
			return day(written.in(published.year()), true);
		}
		Integer stated = hints.monthYears().get(mention.month());
		if (stated != null) {
			return day(written.in(stated), true);
		}
		if (hints.reviewedYear() != null) {
			int year = (mention.month() >= 10) ? hints.reviewedYear() : hints.reviewedYear() + 1;
			return day(written.in(year), true);
		}
		Integer firstHalf = hints.halfYears().get(false);
		if (firstHalf != null) {
			return day(written.in(firstHalf), true);
		}
		Integer secondHalf = hints.halfYears().get(true);
		if (secondHalf != null) {
			return day(written.in((mention.month() >= 7) ? secondHalf : secondHalf + 1), true);
		}
		Optional<Integer> letter = letterDaysBefore(mention, hints);
		return letter.or(() -> anniversaryDaysAfter(mention, hints)).flatMap((year) -> day(written.in(year), true));
	}

	/**
	 * The year of an anniversary closing a few days after the event's day, in the same
	 * month: an event on its eve ("(19/8/1945 – 19/8/2022), chiều ngày 18/8").
	 */
	private static Optional<Integer> anniversaryDaysAfter(EventDateMention mention, Hints hints) {
		for (int day = mention.day() + 1; day <= mention.day() + EVE_DAYS; day++) {
			Integer year = hints.anniversaries().get(mention.month() * 100 + day);
			if (year != null) {
				return Optional.of(year);
			}
		}
		return Optional.empty();
	}

	/**
	 * The latest year written with a day of the same month a few days before the event's
	 * ("công văn … ngày 27/4/2023" read at a meeting of 28/4).
	 */
	private static Optional<Integer> letterDaysBefore(EventDateMention mention, Hints hints) {
		Integer year = null;
		for (int day = Math.max(1, mention.day() - LETTER_DAYS); day < mention.day(); day++) {
			Integer written = hints.dayYears().get(mention.month() * 100 + day);
			if (written != null && (year == null || written > year)) {
				year = written;
			}
		}
		return Optional.ofNullable(year);
	}

	/**
	 * A date for an event with no day stated at all: only a review's year can suggest
	 * one.
	 */
	public Optional<PartialDate> yearOnly(PartialDate published, Hints hints) {
		if (published != null) {
			return Optional.empty();
		}
		return Optional.ofNullable(hints.reviewedYear()).map((y) -> PartialDate.year(y + 1, true));
	}

	/**
	 * The day found, or none (29/2 in a year without it: no date rather than a wrong
	 * one).
	 */
	private static Optional<PartialDate> day(Optional<LocalDate> date, boolean inferred) {
		return date.map((d) -> PartialDate.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), inferred));
	}

}
