package vn.newsarchive.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnChartTests {

	@Test
	void drawsEachColumnWithItsTooltipAndTickAsTheTemplateDid() {
		ColumnChart chart = ColumnChart.of(List.of(new ColumnChart.Entry("12/2019", 4, "2019"),
				new ColumnChart.Entry("1/2020", 0, "2020"), new ColumnChart.Entry("2/2020", 2, null)),
				ColumnChart.MONTH_STEP);
		assertThat(chart.columnsMarkup()).isEqualTo("<g><rect x=\"65\" y=\"4\" width=\"10\" height=\"100\">"
				+ "<title>12/2019: 4</title></rect><text text-anchor=\"middle\" x=\"70\" y=\"117\">2019</text></g>"
				+ "<g><rect x=\"79\" y=\"104\" width=\"10\" height=\"0\"><title>1/2020: 0</title></rect>"
				+ "<text text-anchor=\"middle\" x=\"84\" y=\"117\">2020</text></g>"
				+ "<g><rect x=\"93\" y=\"54\" width=\"10\" height=\"50\"><title>2/2020: 2</title></rect></g>");
	}

	@Test
	void escapesLabels() {
		ColumnChart chart = ColumnChart.of(List.of(new ColumnChart.Entry("<b>", 1, "a&b")), ColumnChart.YEAR_STEP);
		assertThat(chart.columnsMarkup()).contains("<title>&lt;b&gt;: 1</title>").contains(">a&amp;b</text>");
	}

}
