package vn.newsarchive.importer.eventdate;

import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import vn.newsarchive.importer.text.Generated;
import vn.newsarchive.importer.text.ScanComparison;

/**
 * The scans of a story's years, tried only where their words ("tháng", "kiểm điểm", "tổng
 * kết", in any case), a day and a separator or the "6" of a half-year start, find what
 * {@link Matcher#find()} finds with the same patterns, in the same order: on 100,000
 * generated strings of those words, whole matches, figures of one to four digits,
 * separators, spaces and what a look-behind refuses.
 */
class YearScansTest {

	private static final List<String> FIGURES = List.of("1", "6", "12", "19", "123", "1945", "2022", "2019", "/", "/",
			".", "-", "–", " - ", " ", "  ", "\t", "\n");

	/** Whole matches, for the strings to hold some among the near misses. */
	private static final List<String> WHOLE = List.of("19/8/1945 – 19/8/2022", "2.9.1945 - 2.9.2025", "22/12/2023",
			"tháng 4/2019", "THÁNG 12 - 2024", "kiểm điểm năm 2016", "Tổng kết công tác năm 2023",
			"6 tháng đầu năm 2023", "6 THÁNG CUỐI NĂM 2024", "6  tháng\ncuối năm 2024");

	private static final List<List<String>> PIECES = List.of(FIGURES, FIGURES, WHOLE,
			Generated.variants(List.of("tháng", "kiểm điểm", "tổng kết", "năm", "đầu", "cuối")), Generated.AROUND);

	@Test
	void findWhatFindFinds() {
		ScanComparison.onGeneratedStrings(PIECES, 16, 5, (scans, s) -> {
			scans.check(0, YearScans.fullDates(s), YearScans.FULL_DATE, s);
			scans.check(1, YearScans.anniversarySpans(s), YearScans.ANNIVERSARY, s);
			scans.check(2, YearScans.monthYears(s), YearScans.MONTH_YEAR, s);
			scans.check(3, YearScans.reviews(s), YearScans.REVIEWED_YEAR, s);
			scans.check(4, YearScans.halfYears(s), YearScans.HALF_YEAR, s);
		});
	}

}
