package vn.newsarchive.system;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart of many months is shrunk to its column: its year labels must still read at 11
 * px or more once shrunk to the narrowest it is shown (they came out about 5 px high,
 * issue 16).
 */
class ColumnChartTests {

	@Test
	void tenYearsOfMonthsKeepTheirYearLabelsReadable() {
		Map<YearMonth, Long> counts = new LinkedHashMap<>();
		counts.put(YearMonth.of(2015, 1), 3L);
		counts.put(YearMonth.of(2024, 12), 5L);
		ColumnChart chart = Charts.perMonth(counts);
		assertThat(chart.isWide()).isTrue();
		double shownAt = (double) ColumnChart.DISPLAY / chart.width();
		assertThat(chart.tickSize() * shownAt).isGreaterThanOrEqualTo(ColumnChart.TICK - 0.5);
		assertThat(chart.height() - chart.baseline()).as("room for the labels under the axis")
			.isGreaterThan(chart.tickSize());
		assertThat((chart.baseline()) * shownAt).as("columns as tall as a small chart's")
			.isGreaterThanOrEqualTo(ColumnChart.HEIGHT - ColumnChart.AXIS - 1);
	}

	@Test
	void aSmallChartIsShownAtItsOwnSize() {
		ColumnChart chart = Charts.perYear(Map.of(2019, 2L, 2024, 1L));
		assertThat(chart.isWide()).isFalse();
		assertThat(chart.tickSize()).isEqualTo(ColumnChart.TICK);
		assertThat(chart.baseline()).isEqualTo(ColumnChart.HEIGHT - ColumnChart.AXIS);
	}

}
