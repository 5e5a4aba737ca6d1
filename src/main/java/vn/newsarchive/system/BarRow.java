package vn.newsarchive.system;

import java.util.List;
import java.util.function.Function;

/** One row of a horizontal bar chart: a linked label, its count and the bar's length. */
public record BarRow(String label, String url, long count, int percent) {

	public static <T> List<BarRow> of(List<T> items, Function<T, String> label, Function<T, String> url,
			Function<T, Long> count) {
		long max = items.stream().mapToLong(count::apply).max().orElse(0);
		return items.stream()
			.map((item) -> new BarRow(label.apply(item), url.apply(item), count.apply(item),
					Charts.percent(count.apply(item), max)))
			.toList();
	}

}
