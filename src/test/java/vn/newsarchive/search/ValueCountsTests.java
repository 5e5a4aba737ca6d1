package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueCountsTests {

	@Test
	void theTopValuesAreTheMostCountedThenTheSmallerValue() {
		ValueCounts counts = new ValueCounts();
		for (long value : new long[] { 7, 3, 7, 12, 3, 40_000, 40_000, 40_000, 5, 0 }) {
			counts.add(value);
		}
		assertThat(counts.top(3)).containsExactly(Map.entry(40_000L, 3L), Map.entry(3L, 2L), Map.entry(7L, 2L));
		assertThat(counts.top(100)).containsExactly(Map.entry(40_000L, 3L), Map.entry(3L, 2L), Map.entry(7L, 2L),
				Map.entry(0L, 1L), Map.entry(5L, 1L), Map.entry(12L, 1L));
		assertThat(new ValueCounts().top(10)).isEmpty();
	}

	@Test
	void valuesOutsideTheArrayAreCountedAndRankedWithTheOthers() {
		ValueCounts counts = new ValueCounts();
		for (long value : new long[] { -4, -4, 9, ValueCounts.MAX_INDEXED + 1, 9, 9, 2 }) {
			counts.add(value);
		}
		assertThat(counts.top(10)).containsExactly(Map.entry(9L, 3L), Map.entry(-4L, 2L), Map.entry(2L, 1L),
				Map.entry(ValueCounts.MAX_INDEXED + 1, 1L));
		assertThat(counts.count(-4)).isEqualTo(2);
	}

	@Test
	void aTallyAddsAnotherInto() {
		ValueCounts counts = new ValueCounts();
		counts.add(1);
		ValueCounts other = new ValueCounts();
		other.add(1);
		other.add(300);
		other.add(-1);
		counts.add(other);
		assertThat(counts.top(10)).containsExactly(Map.entry(1L, 2L), Map.entry(-1L, 1L), Map.entry(300L, 1L));
		assertThat(counts.maxValue()).isEqualTo(300);
	}

	@Test
	void theTopOfManyValuesIsTheirWholeSortTruncated() {
		Random random = new Random(5);
		for (int values : new int[] { 1, 9, 10, 11, 64, 65, 3_000 }) {
			ValueCounts counts = new ValueCounts();
			for (int i = 0; i < values * 4; i++) {
				// few distinct counts: many ties, broken by the smaller value
				counts.add(random.nextInt(values) * 3L);
			}
			List<Map.Entry<Long, Long>> sorted = new ArrayList<>(counts.all().entrySet());
			sorted.sort(Comparator.<Map.Entry<Long, Long>>comparingLong((e) -> -e.getValue())
				.thenComparingLong(Map.Entry::getKey));
			for (int size : new int[] { 0, 1, 10, 64, 65, 100, Integer.MAX_VALUE }) {
				Map<Long, Long> expected = new LinkedHashMap<>();
				sorted.stream().limit(size).forEach((e) -> expected.put(e.getKey(), e.getValue()));
				assertThat(counts.top(size)).as(values + " values, top " + size).containsExactlyEntriesOf(expected);
			}
		}
	}

	@Test
	void allIsEveryValueWithItsCount() {
		ValueCounts counts = new ValueCounts();
		for (long value : new long[] { 7, 3, 7, -2, ValueCounts.MAX_INDEXED + 5, 0 }) {
			counts.add(value);
		}
		assertThat(counts.all()).isEqualTo(Map.of(7L, 2L, 3L, 1L, -2L, 1L, ValueCounts.MAX_INDEXED + 5, 1L, 0L, 1L));
		assertThat(new ValueCounts().all()).isEmpty();
	}

	@Test
	void idsCountedStraightIntoTheArrayAreReadFromTheValuesFound() {
		// a segment of three documents whose persons have sparse ids, counted as the
		// segment's collector counts them: increments, telling the tally of a value first
		// seen
		SegmentFacets.Column column = new SegmentFacets.Column(new int[] { 0, 2, 3, 5 },
				new long[] { 149_901, 12, 12, 149_901, 70_000 }, 12, 149_901);
		ValueCounts counts = new ValueCounts();
		int[] array = counts.countsFor(column);
		for (long value : column.values()) {
			if (array[(int) value]++ == 0) {
				counts.found((int) value);
			}
		}
		assertThat(counts.top(10)).containsExactly(Map.entry(12L, 2L), Map.entry(149_901L, 2L), Map.entry(70_000L, 1L));
		assertThat(counts.all()).isEqualTo(Map.of(12L, 2L, 149_901L, 2L, 70_000L, 1L));
		assertThat(counts.maxValue()).isEqualTo(149_901);
	}

	@Test
	void aReleasedTallyIsEmptyAndTheNextTallyCountsFromZero() {
		// the large arrays are kept between searches: what one search counted must not
		// show in the next
		for (int search = 0; search < 40; search++) {
			ValueCounts counts = new ValueCounts();
			Map<Long, Long> expected = new HashMap<>();
			Random random = new Random(search);
			for (int i = 0; i < 200; i++) {
				long value = random.nextInt(150_000);
				counts.add(value);
				expected.merge(value, 1L, Long::sum);
			}
			assertThat(counts.all()).as("search " + search).isEqualTo(expected);
			counts.release();
			assertThat(counts.all()).isEmpty();
			assertThat(counts.top(10)).isEmpty();
		}
	}

}
