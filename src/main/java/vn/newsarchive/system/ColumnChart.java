package vn.newsarchive.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The geometry of a small column chart drawn as inline SVG by the server: no script, no
 * inline style (the content security policy forbids both), readable without CSS.
 */
public record ColumnChart(int width, int height, long max, List<Column> columns, int tickSize, int baseline) {

	static final int HEIGHT = 120;

	/**
	 * The narrowest a chart is shown (CSS {@code .chart-wide}, 40rem): a wider chart is
	 * scaled down to a column at least this wide, so its labels are drawn larger by the
	 * same ratio (the year labels of ten years of months came out 5 px high).
	 */
	static final int DISPLAY = 640;

	/** Tick labels at their smallest, in pixels as shown. */
	static final int TICK = 11;

	static final int AXIS = 16;

	/** Room left and right so the first and last tick labels are not cut off. */
	static final int PADDING = 14;

	static final int MONTH_STEP = 14;

	static final int YEAR_STEP = 32;

	/** One value to draw; {@code tick} is printed under the column when not null. */
	public record Entry(String label, long count, String tick) {
	}

	/** A drawn column: its label and count for the tooltip, and its box. */
	public record Column(String label, long count, String tick, int x, int y, int width, int height, int tickX) {
	}

	public static ColumnChart of(List<Entry> entries, int step) {
		long max = entries.stream().mapToLong(Entry::count).max().orElse(0);
		int bar = step * 5 / 7;
		int width = Math.max(entries.size() * step, 140) + 2 * PADDING;
		int offset = (width - entries.size() * step) / 2;
		// a wide chart is drawn taller and with larger labels by the ratio it is shrunk
		// by
		float scale = Math.max(1f, (float) width / DISPLAY);
		int tickSize = Math.round(TICK * scale);
		int axis = Math.round(Math.max(AXIS, TICK + 6) * scale);
		List<Column> columns = new ArrayList<>();
		int plot = Math.round((HEIGHT - AXIS) * scale);
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			int h = (max == 0) ? 0 : (int) Math.max(Math.round((double) entry.count() * (plot - 4) / max),
					(entry.count() > 0) ? 2 : 0);
			int x = offset + i * step + (step - bar) / 2;
			columns.add(new Column(entry.label(), entry.count(), entry.tick(), x, plot - h, bar, h, x + bar / 2));
		}
		return new ColumnChart(width, plot + axis, max, columns, tickSize, plot);
	}

	/** Wider than it is ever shown: scaled down, never below {@link #DISPLAY}. */
	public boolean isWide() {
		return this.width > DISPLAY;
	}

	public int tickY() {
		return this.height - 3;
	}

	public boolean isEmpty() {
		return this.max == 0;
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/**
	 * The columns as SVG elements, escaped: a column with its tooltip and tick, as the
	 * {@code columns} fragment draws them. Written here, not by a {@code th:each} in the
	 * template: the home page's chart has a column for every month of the archive (about
	 * 200), and evaluating their eight expressions each through the template engine was
	 * most of the page's time.
	 */
	public String columnsMarkup() {
		StringBuilder svg = new StringBuilder(this.columns.size() * 120);
		for (Column c : this.columns) {
			svg.append("<g><rect x=\"")
				.append(c.x())
				.append("\" y=\"")
				.append(c.y())
				.append("\" width=\"")
				.append(c.width())
				.append("\" height=\"")
				.append(c.height())
				.append("\"><title>")
				.append(HtmlUtils.htmlEscape(c.label() + ": " + c.count(), "UTF-8"))
				.append("</title></rect>");
			if (c.tick() != null) {
				svg.append("<text text-anchor=\"middle\" x=\"")
					.append(c.tickX())
					.append("\" y=\"")
					.append(tickY())
					.append("\" font-size=\"")
					.append(this.tickSize)
					.append("\">")
					.append(HtmlUtils.htmlEscape(c.tick(), "UTF-8"))
					.append("</text>");
			}
			svg.append("</g>");
		}
		return svg.toString();
	}

}
