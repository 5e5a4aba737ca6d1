package vn.newsarchive.system;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns counts per month or year into chart entries, with the empty periods in between.
 */
public final class Charts {

	private Charts() {
	}

	/**
	 * Months from the first to the last counted one; a tick at each January and at the
	 * start.
	 */
	public static ColumnChart perMonth(Map<YearMonth, Long> counts) {
		if (counts.isEmpty()) {
			return ColumnChart.of(List.of(), ColumnChart.MONTH_STEP);
		}
		TreeMap<YearMonth, Long> sorted = new TreeMap<>(counts);
		List<ColumnChart.Entry> entries = new ArrayList<>();
		YearMonth last = sorted.lastKey();
		for (YearMonth m = sorted.firstKey(); !m.isAfter(last); m = m.plusMonths(1)) {
			boolean tick = m.getMonthValue() == 1 || m.equals(sorted.firstKey());
			entries.add(new ColumnChart.Entry(m.getMonthValue() + "/" + m.getYear(), sorted.getOrDefault(m, 0L),
					tick ? String.valueOf(m.getYear()) : null));
		}
		return ColumnChart.of(entries, ColumnChart.MONTH_STEP);
	}

	/** Percentages for horizontal bars, the largest value filling the row. */
	public static int percent(long value, long max) {
		return (max <= 0) ? 0 : (int) Math.max(Math.round(100.0 * value / max), (value > 0) ? 2 : 0);
	}

}
