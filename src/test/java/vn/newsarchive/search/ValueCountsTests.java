package vn.newsarchive.search;

import java.util.Map;

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

}
