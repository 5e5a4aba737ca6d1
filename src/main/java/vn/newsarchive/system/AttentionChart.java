package vn.newsarchive.system;

import java.time.YearMonth;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Attention over time as a page shows it: the monthly column chart (as on the home page),
 * the months with their counts for the table beneath, what the chart leaves out, and the
 * address of the same numbers as CSV.
 *
 * @param chart the columns, a month each from the first counted month to the last
 * @param rows the months that have articles, oldest first
 * @param yearOnly articles dated by their year alone
 * @param undated articles with no date
 * @param csvUrl the numbers as CSV
 */
public record AttentionChart(ColumnChart chart, List<Row> rows, long yearOnly, long undated, String csvUrl) {

	/** One month of the table. */
	public record Row(YearMonth month, long count) {
	}

	public static AttentionChart of(MonthlyCounts counts, String csvUrl) {
		return new AttentionChart(Charts.perMonth(counts.months()),
				counts.months().entrySet().stream().map((e) -> new Row(e.getKey(), e.getValue())).toList(),
				counts.yearOnlyTotal(), counts.undated(), csvUrl);
	}

	/**
	 * The table's rows, escaped, each month with its label in the reader's language.
	 * Written here, not by a {@code th:each}, for the reason
	 * {@link ColumnChart#columnsMarkup()} is: a person mentioned over sixteen years has
	 * about 200 months, and their five expressions each through the template engine more
	 * than doubled the person page's time at 100,000 articles.
	 */
	public String rowsMarkup(DateLabels dates) {
		StringBuilder rows = new StringBuilder(this.rows.size() * 110);
		for (Row row : this.rows) {
			rows.append("<tr><th scope=\"row\"><time datetime=\"")
				.append(row.month())
				.append("\">")
				.append(HtmlUtils.htmlEscape(dates.of(row.month()), "UTF-8"))
				.append("</time></th><td class=\"number\">")
				.append(row.count())
				.append("</td></tr>");
		}
		return rows.toString();
	}

	/** Whether some article has a month: otherwise there is no chart to draw. */
	public boolean hasMonths() {
		return !this.rows.isEmpty();
	}

	/** Whether there is any article to speak of. */
	public boolean isEmpty() {
		return this.rows.isEmpty() && this.yearOnly == 0 && this.undated == 0;
	}

}
