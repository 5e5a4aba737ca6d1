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
 * database ids are small numbers. Others (never written by this archive) go to a map. The
 * values counted are listed as they are first counted, so that reading the counts costs
 * the values found, not the largest id (ids are sparse); a large array goes back to
 * {@link CountArrays} when the counts have been read.
 */
final class ValueCounts {

	static final long MAX_INDEXED = 50_000_000;

	private int[] counts = new int[64];

	/** The values counted in {@link #counts}, in the order first counted. */
	private int[] found = new int[64];

	private int foundCount;

	/** The largest value that may have a count; every value above it has none. */
	private long maxValue = -1;

	private final Map<Long, Integer> others = new HashMap<>();

	void add(long value) {
		add(value, 1);
	}

	void add(ValueCounts other) {
		for (int i = 0; i < other.foundCount; i++) {
			int value = other.found[i];
			add(value, other.counts[value]);
		}
		other.others.forEach((value, count) -> add(value, count));
	}

	/**
	 * The array a segment's collector counts a column's values in directly
	 * ({@code counts[value]++}, telling {@link #found} of a value first counted), grown
	 * to the column's largest value; null when the column holds values outside the
	 * array's range, to be added one by one.
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
		if (this.counts[(int) value] == 0) {
			found((int) value);
		}
		this.counts[(int) value] += count;
		this.maxValue = Math.max(this.maxValue, value);
	}

	private void grow(long value) {
		if (value < this.counts.length) {
			return;
		}
		int length = (int) Math.max(value + 1, this.counts.length * 2L);
		if (length < CountArrays.KEPT_FROM) {
			this.counts = Arrays.copyOf(this.counts, length);
			return;
		}
		int[] larger = CountArrays.take(length);
		for (int i = 0; i < this.foundCount; i++) {
			larger[this.found[i]] = this.counts[this.found[i]];
		}
		release(this.counts);
		this.counts = larger;
	}

	/** A value counted for the first time in the array. */
	void found(int value) {
		if (this.foundCount == this.found.length) {
			this.found = Arrays.copyOf(this.found, this.foundCount * 2);
		}
		this.found[this.foundCount++] = value;
	}

	/**
	 * Gives a large array back once the counts have been read: it is zeroed by the values
	 * found, and these counts are empty again.
	 */
	void release() {
		release(this.counts);
		this.counts = new int[64];
		this.foundCount = 0;
		this.maxValue = -1;
		this.others.clear();
	}

	private void release(int[] array) {
		for (int i = 0; i < this.foundCount; i++) {
			array[this.found[i]] = 0;
		}
		CountArrays.giveBack(array);
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
		return TopValues.of(this.counts, this.found, this.foundCount, size);
	}

	/**
	 * Every value counted with its count, in no particular order: what the months and
	 * years of a result set need, without the sort of {@link #top}.
	 */
	Map<Long, Long> all() {
		Map<Long, Long> all = new HashMap<>();
		for (int i = 0; i < this.foundCount; i++) {
			int value = this.found[i];
			all.put((long) value, (long) this.counts[value]);
		}
		this.others.forEach((value, count) -> all.put(value, (long) count));
		return all;
	}

	private Map<Long, Long> topWithOthers(int size) {
		List<long[]> all = new ArrayList<>();
		for (int i = 0; i < this.foundCount; i++) {
			int value = this.found[i];
			all.add(new long[] { value, this.counts[value] });
		}
		this.others.forEach((value, count) -> all.add(new long[] { value, count }));
		all.sort(Comparator.<long[]>comparingLong((e) -> -e[1]).thenComparingLong((e) -> e[0]));
		Map<Long, Long> top = new LinkedHashMap<>();
		all.stream().limit(size).forEach((e) -> top.put(e[0], e[1]));
		return top;
	}

}
