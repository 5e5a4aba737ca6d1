package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by value in an array that grows to the largest value seen: years, months and
 * database ids are small, dense numbers. Others (never written by this archive) go to a
 * map.
 */
final class ValueCounts {

	static final long MAX_INDEXED = 50_000_000;

	private int[] counts = new int[64];

	/** The largest value that may have a count; every value above it has none. */
	private long maxValue = -1;

	private final Map<Long, Integer> others = new HashMap<>();

	void add(long value) {
		add(value, 1);
	}

	void add(ValueCounts other) {
		for (int value = 0; value <= other.maxValue; value++) {
			if (other.counts[value] > 0) {
				add(value, other.counts[value]);
			}
		}
		other.others.forEach((value, count) -> add(value, count));
	}

	/**
	 * The array a segment's collector counts a column's values in directly
	 * ({@code counts[value]++}, no check per hit), grown to the column's largest value;
	 * null when the column holds values outside the array's range, to be added one by
	 * one.
	 */
	int[] countsFor(SegmentFacets.Column column) {
		if (column.values().length == 0) {
			return this.counts;
		}
		if (column.min() < 0 || column.max() > MAX_INDEXED) {
			return null;
		}
		grow(column.max());
		this.maxValue = Math.max(this.maxValue, column.max());
		return this.counts;
	}

	private void add(long value, int count) {
		if (value < 0 || value > MAX_INDEXED) {
			this.others.merge(value, count, Integer::sum);
			return;
		}
		grow(value);
		this.counts[(int) value] += count;
		this.maxValue = Math.max(this.maxValue, value);
	}

	private void grow(long value) {
		if (value >= this.counts.length) {
			this.counts = Arrays.copyOf(this.counts, (int) Math.max(value + 1, this.counts.length * 2L));
		}
	}

	int count(long value) {
		if (value >= 0 && value <= MAX_INDEXED) {
			return (value < this.counts.length) ? this.counts[(int) value] : 0;
		}
		return this.others.getOrDefault(value, 0);
	}

	long maxValue() {
		return this.maxValue;
	}

	/** The {@code size} values counted most, most first, then the smaller value. */
	Map<Long, Long> top(int size) {
		if (!this.others.isEmpty()) {
			return topWithOthers(size);
		}
		// count and value packed in one long that orders as asked (most, then the smaller
		// value, last); the best few kept in order while the values are read: a person
		// facet counts thousands of values per search to show ten, and sorting them all
		// was a few per cent of a search
		long[] best = new long[Math.max(0, Math.min(size, 64))];
		int kept = 0;
		for (int value = 0; value <= this.maxValue; value++) {
			if (this.counts[value] > 0) {
				long packed = ((long) this.counts[value] << 32) | (MAX_INDEXED - value);
				if (kept < best.length) {
					kept = insert(best, kept, packed);
				}
				else if (size > best.length) {
					// more asked than kept in order: every value, sorted
					return sortedTop(size);
				}
				else if (kept > 0 && packed > best[0]) {
					replaceLeast(best, packed);
				}
			}
		}
		Map<Long, Long> top = new LinkedHashMap<>();
		for (int i = kept - 1; i >= 0; i--) {
			top.put(MAX_INDEXED - (best[i] & 0xFFFF_FFFFL), best[i] >>> 32);
		}
		return top;
	}

	/** Adds to the first {@code kept} of {@code best}, in increasing order. */
	private static int insert(long[] best, int kept, long packed) {
		int i = kept - 1;
		while (i >= 0 && best[i] > packed) {
			best[i + 1] = best[i];
			i--;
		}
		best[i + 1] = packed;
		return kept + 1;
	}

	/** Puts a value greater than the least of a full {@code best} in its place. */
	private static void replaceLeast(long[] best, long packed) {
		int i = 0;
		while (i + 1 < best.length && best[i + 1] < packed) {
			best[i] = best[i + 1];
			i++;
		}
		best[i] = packed;
	}

	private Map<Long, Long> sortedTop(int size) {
		long[] packed = new long[64];
		int found = 0;
		for (int value = 0; value <= this.maxValue; value++) {
			if (this.counts[value] > 0) {
				if (found == packed.length) {
					packed = Arrays.copyOf(packed, found * 2);
				}
				packed[found++] = ((long) this.counts[value] << 32) | (MAX_INDEXED - value);
			}
		}
		Arrays.sort(packed, 0, found);
		Map<Long, Long> top = new LinkedHashMap<>();
		for (int i = found - 1; i >= 0 && top.size() < size; i--) {
			top.put(MAX_INDEXED - (packed[i] & 0xFFFF_FFFFL), packed[i] >>> 32);
		}
		return top;
	}

	/**
	 * Every value counted with its count, in no particular order: what the months and
	 * years of a result set need, without the sort of {@link #top}.
	 */
	Map<Long, Long> all() {
		Map<Long, Long> all = new HashMap<>();
		for (int value = 0; value <= this.maxValue; value++) {
			if (this.counts[value] > 0) {
				all.put((long) value, (long) this.counts[value]);
			}
		}
		this.others.forEach((value, count) -> all.put(value, (long) count));
		return all;
	}

	private Map<Long, Long> topWithOthers(int size) {
		List<long[]> all = new ArrayList<>();
		for (int value = 0; value <= this.maxValue; value++) {
			if (this.counts[value] > 0) {
				all.add(new long[] { value, this.counts[value] });
			}
		}
		this.others.forEach((value, count) -> all.add(new long[] { value, count }));
		all.sort(Comparator.<long[]>comparingLong((e) -> -e[1]).thenComparingLong((e) -> e[0]));
		Map<Long, Long> top = new LinkedHashMap<>();
		all.stream().limit(size).forEach((e) -> top.put(e[0], e[1]));
		return top;
	}

}
