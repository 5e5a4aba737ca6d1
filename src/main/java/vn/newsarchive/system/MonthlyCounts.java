package vn.newsarchive.system;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many articles were published each month, and those that fall in no month: dated by
 * their year alone (by year), or undated. The months are those with articles, in order.
 */
public record MonthlyCounts(SortedMap<YearMonth, Long> months, SortedMap<Integer, Long> yearOnly, long undated) {

	public static final MonthlyCounts NONE = new MonthlyCounts(new TreeMap<>(), new TreeMap<>(), 0);

	public MonthlyCounts {
		months = Collections.unmodifiableSortedMap(positive(months));
		yearOnly = Collections.unmodifiableSortedMap(positive(yearOnly));
	}

	/** Articles dated by their year alone, all years together. */
	public long yearOnlyTotal() {
		return this.yearOnly.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Articles in some month. */
	public long inMonths() {
		return this.months.values().stream().mapToLong(Long::longValue).sum();
	}

	public long total() {
		return inMonths() + yearOnlyTotal() + this.undated;
	}

	private static <K extends Comparable<K>> SortedMap<K, Long> positive(Map<K, Long> counts) {
		SortedMap<K, Long> kept = new TreeMap<>();
		counts.forEach((key, count) -> {
			if (count != null && count > 0) {
				kept.put(key, count);
			}
		});
		return kept;
	}

}
