package vn.newsarchive.system;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart of many months is shrunk to its column: its year labels must still read at 11
 * px or more once shrunk to the narrowest it is shown (they came out about 5 px high,
 * issue 16). The columns are written by the chart, not by the template engine (issue
 * 12.4).
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
		assertThat(chart.columnsMarkup()).contains("font-size=\"" + chart.tickSize() + "\"");
	}

	@Test
	void aSmallChartIsShownAtItsOwnSize() {
		ColumnChart chart = ColumnChart.of(IntStream.rangeClosed(2019, 2024)
			.mapToObj((y) -> new ColumnChart.Entry(String.valueOf(y), (y == 2019) ? 2 : (y == 2024) ? 1 : 0,
					String.valueOf(y)))
			.toList(), ColumnChart.YEAR_STEP);
		assertThat(chart.isWide()).isFalse();
		assertThat(chart.tickSize()).isEqualTo(ColumnChart.TICK);
		assertThat(chart.baseline()).isEqualTo(ColumnChart.HEIGHT - ColumnChart.AXIS);
	}

	@Test
	void drawsEachColumnWithItsTooltipAndTickAsTheTemplateDid() {
		ColumnChart chart = ColumnChart.of(List.of(new ColumnChart.Entry("12/2019", 4, "2019"),
				new ColumnChart.Entry("1/2020", 0, "2020"), new ColumnChart.Entry("2/2020", 2, null)),
				ColumnChart.MONTH_STEP);
		assertThat(chart.columnsMarkup())
			.isEqualTo("<g><rect x=\"65\" y=\"4\" width=\"10\" height=\"100\">" + "<title>12/2019: 4</title></rect>"
					+ "<text text-anchor=\"middle\" x=\"70\" y=\"118\" font-size=\"11\">2019</text></g>"
					+ "<g><rect x=\"79\" y=\"104\" width=\"10\" height=\"0\"><title>1/2020: 0</title></rect>"
					+ "<text text-anchor=\"middle\" x=\"84\" y=\"118\" font-size=\"11\">2020</text></g>"
					+ "<g><rect x=\"93\" y=\"54\" width=\"10\" height=\"50\"><title>2/2020: 2</title></rect></g>");
	}

	@Test
	void escapesLabels() {
		ColumnChart chart = ColumnChart.of(List.of(new ColumnChart.Entry("<b>", 1, "a&b")), ColumnChart.YEAR_STEP);
		assertThat(chart.columnsMarkup()).contains("<title>&lt;b&gt;: 1</title>").contains(">a&amp;b</text>");
	}

}
