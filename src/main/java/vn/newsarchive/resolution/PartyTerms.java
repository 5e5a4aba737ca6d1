package vn.newsarchive.resolution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The Central Committee terms (khóa) by the opening day of the congress that started
 * them. Party document numbers restart with each term, so a document's date tells which
 * term its number belongs to when the text does not say.
 */
public final class PartyTerms {

	private static final NavigableMap<LocalDate, String> TERM_STARTS = new TreeMap<>(
			Map.of(LocalDate.of(1991, 6, 24), "VII", LocalDate.of(1996, 6, 28), "VIII", LocalDate.of(2001, 4, 19), "IX",
					LocalDate.of(2006, 4, 18), "X", LocalDate.of(2011, 1, 12), "XI", LocalDate.of(2016, 1, 20), "XII",
					LocalDate.of(2021, 1, 25), "XIII", LocalDate.of(2026, 1, 19), "XIV"));

	private PartyTerms() {
	}

	/**
	 * Whether the term began no later than the other ("XII" before "XIII"); an unknown
	 * term is not compared and answers true.
	 */
	public static boolean notAfter(String term, String other) {
		int mine = List.copyOf(TERM_STARTS.values()).indexOf(term);
		int theirs = List.copyOf(TERM_STARTS.values()).indexOf(other);
		return mine < 0 || theirs < 0 || mine <= theirs;
	}

	/** The term in force on that day, or null when the day is unknown or before 1991. */
	public static String termOn(LocalDate day) {
		if (day == null) {
			return null;
		}
		Map.Entry<LocalDate, String> entry = TERM_STARTS.floorEntry(day);
		return (entry != null) ? entry.getValue() : null;
	}

}
