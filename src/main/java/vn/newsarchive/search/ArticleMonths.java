package vn.newsarchive.search;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.system.MonthlyCounts;

/**
 * The month an article is counted in, as the index holds it: months since January 1970,
 * small numbers that {@link FacetTally} counts in an array. An article dated by its year
 * alone is in no month, as on the home page's chart.
 */
final class ArticleMonths {

	private static final YearMonth EPOCH = YearMonth.of(1970, 1);

	private ArticleMonths() {
	}

	/** The indexed month of a publication date at its precision, or null. */
	static Integer of(LocalDateTime publishedAt, DatePrecision precision) {
		if (publishedAt == null || precision == DatePrecision.YEAR) {
			return null;
		}
		return (int) ChronoUnit.MONTHS.between(EPOCH, YearMonth.from(publishedAt));
	}

	static YearMonth month(long indexed) {
		return EPOCH.plusMonths(indexed);
	}

	/**
	 * The counts of a result set: articles per indexed month, articles per year (every
	 * dated article), and how many articles there are in all.
	 */
	static MonthlyCounts counts(Map<? extends Number, Long> months, Map<? extends Number, Long> years, long total) {
		SortedMap<YearMonth, Long> perMonth = new TreeMap<>();
		SortedMap<Integer, Long> yearOnly = new TreeMap<>();
		long dated = 0;
		for (Map.Entry<? extends Number, Long> year : years.entrySet()) {
			yearOnly.merge(year.getKey().intValue(), year.getValue(), Long::sum);
			dated += year.getValue();
		}
		for (Map.Entry<? extends Number, Long> month : months.entrySet()) {
			YearMonth m = month(month.getKey().longValue());
			perMonth.merge(m, month.getValue(), Long::sum);
			// what is left of a year once its months are counted is dated by the year
			// alone
			yearOnly.merge(m.getYear(), -month.getValue(), Long::sum);
		}
		return new MonthlyCounts(perMonth, yearOnly, total - dated);
	}

}
