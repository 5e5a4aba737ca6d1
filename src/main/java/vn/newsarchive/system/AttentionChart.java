package vn.newsarchive.system;

import java.time.YearMonth;
import java.util.List;

/**
 * Attention over time as a page shows it: the monthly column chart (as on the home page),
 * the months with their counts for the table beneath, what the chart leaves out, and the
 * address of the same numbers as CSV.
 *
 * @param chart the columns, a month each from the first counted month to the last
 * @param rows the months that have articles, oldest first
 * @param yearOnly articles dated by their year alone
 * @param undated articles with no date
 * @param csvUrl the numbers as CSV
 */
public record AttentionChart(ColumnChart chart, List<Row> rows, long yearOnly, long undated, String csvUrl) {

	/** One month of the table. */
	public record Row(YearMonth month, long count) {
	}

	public static AttentionChart of(MonthlyCounts counts, String csvUrl) {
		return new AttentionChart(Charts.perMonth(counts.months()),
				counts.months().entrySet().stream().map((e) -> new Row(e.getKey(), e.getValue())).toList(),
				counts.yearOnlyTotal(), counts.undated(), csvUrl);
	}

	/** Whether some article has a month: otherwise there is no chart to draw. */
	public boolean hasMonths() {
		return !this.rows.isEmpty();
	}

	/** Whether there is any article to speak of. */
	public boolean isEmpty() {
		return this.rows.isEmpty() && this.yearOnly == 0 && this.undated == 0;
	}

}
