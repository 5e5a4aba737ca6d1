package vn.newsarchive.importer.eventdate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import vn.newsarchive.importer.eventdate.YearInference.Hints;
import vn.newsarchive.importer.text.StartingAt;

/**
 * The years a text writes beside what an event date without its year may lie in: months
 * and quarters, a review's year, halves of a year, full dates and the closing days of
 * anniversaries. {@link YearInference} completes a date from them.
 */
final class WrittenYears {

	private WrittenYears() {
	}

	static Hints in(String text) {
		Map<Integer, Integer> monthYears = new HashMap<>();
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
		Map<Boolean, Integer> halfYears = new HashMap<>();
		// a half-year named with its year ("6 tháng đầu năm 2023"): an event about the
		// first half is held in that year, one about the second half in its second half
		// or early in the next year
		StartingAt halves = YearScans.halfYears(text);
		while (months && halves.find()) {
			Matcher half = halves.matcher();
			halfYears.putIfAbsent(half.group(1).equalsIgnoreCase("cuối"), Integer.parseInt(half.group(2)));
		}
		return new Hints(Map.copyOf(monthYears), reviewed ? Integer.valueOf(review.matcher().group(1)) : null,
				dayYears(text), Map.copyOf(halfYears), anniversaries(text), null);
	}

	private static Map<Integer, Integer> dayYears(String text) {
		Map<Integer, Integer> years = new HashMap<>();
		StartingAt dates = YearScans.fullDates(text);
		while (dates.find()) {
			Matcher full = dates.matcher();
			years.merge(Integer.parseInt(full.group(3)) * 100 + Integer.parseInt(full.group(1)),
					Integer.parseInt(full.group(4)), Math::max);
		}
		// a range or list has its year after the last day only: "13 - 15.10.2025"
		EventDateParser parser = new EventDateParser();
		for (Optional<EventDateMention> m = parser.find(text); m.isPresent(); m = parser.find(text, m.get().end())) {
			if (m.get().year() != null) {
				years.merge(m.get().month() * 100 + m.get().day(), m.get().year(), Math::max);
			}
		}
		return Map.copyOf(years);
	}

	/** The closing day of each anniversary's span (key: month × 100 + day) → year. */
	private static Map<Integer, Integer> anniversaries(String text) {
		Map<Integer, Integer> days = new HashMap<>();
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
