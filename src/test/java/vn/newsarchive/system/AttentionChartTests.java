package vn.newsarchive.system;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The attention table's rows, written in Java as the chart's columns are. */
class AttentionChartTests {

	private final DateLabels dates = new DateLabels(DateLabelsTests.messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesEachMonthWithItsMachineDateLabelAndCountOldestFirst() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		AttentionChart chart = chart(Map.of(YearMonth.of(2010, 1), 85L, YearMonth.of(2024, 5), 3L));
		assertThat(chart.rowsMarkup(this.dates)).isEqualTo("<tr><th scope=\"row\"><time datetime=\"2010-01\">"
				+ this.dates.of(YearMonth.of(2010, 1)) + "</time></th><td class=\"number\">85</td></tr>"
				+ "<tr><th scope=\"row\"><time datetime=\"2024-05\">" + this.dates.of(YearMonth.of(2024, 5))
				+ "</time></th><td class=\"number\">3</td></tr>");
		assertThat(this.dates.of(YearMonth.of(2024, 5))).isEqualTo("tháng 5/2024");
	}

	@Test
	void labelsFollowTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(chart(Map.of(YearMonth.of(2024, 5), 3L)).rowsMarkup(this.dates)).contains(">May 2024</time>");
	}

	@Test
	void noMonthsNoRows() {
		assertThat(chart(Map.of()).rowsMarkup(this.dates)).isEmpty();
	}

	private static AttentionChart chart(Map<YearMonth, Long> months) {
		return AttentionChart.of(new MonthlyCounts(new TreeMap<>(months), new TreeMap<>(), 0), "/x.csv");
	}

}
