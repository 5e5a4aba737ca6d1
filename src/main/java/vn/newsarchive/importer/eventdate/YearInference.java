package vn.newsarchive.importer.eventdate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.date.MissingYear;
import vn.newsarchive.importer.date.WrittenDate;
import vn.newsarchive.kernel.PartialDate;

/**
 * Completes an event date that lacks its year. In order: the year stated; the publication
 * date ({@link MissingYear}: an event is reported on or after the day it happens, so
 * 28/12 in an article of 2/1 is the previous year); a month with year elsewhere in the
 * text ("trong tháng 4/2019"); a review of a year ("kiểm điểm ... năm 2016", held early
 * the next year). Anything inferred is marked so.
 */
public final class YearInference {

	private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])tháng\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern REVIEWED_YEAR = Pattern.compile(
			"(?<![\\p{L}])(?:kiểm điểm|tổng kết)(?![\\p{L}])[^.]{0,120}?năm\\s+(\\d{4})(?!\\s*[-–]\\s*\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Month → year pairs written in the text, and the year a review covers (or null). */
	public record Hints(Map<Integer, Integer> monthYears, Integer reviewedYear) {

		public static Hints from(String text) {
			Map<Integer, Integer> monthYears = new java.util.HashMap<>();
			// the patterns test every position of the text: look for their words first
			// ("tháng", "năm", in any case)
			Matcher m = MONTH_YEAR.matcher(text);
			boolean months = containsEither(text, "háng", "HÁNG");
			while (months && m.find()) {
				monthYears.putIfAbsent(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			}
			Matcher review = REVIEWED_YEAR.matcher(text);
			boolean reviewed = containsEither(text, "ăm", "ĂM") && review.find();
			return new Hints(Map.copyOf(monthYears), reviewed ? Integer.valueOf(review.group(1)) : null);
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
		if (beforePublication.isPresent()) {
			return day(beforePublication.flatMap(written::in), true);
		}
		if (published != null) {
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
		return Optional.empty();
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
