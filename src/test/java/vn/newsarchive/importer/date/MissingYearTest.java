package vn.newsarchive.importer.date;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for a missing year, and the grammar's pieces read back by name. */
class MissingYearTest {

	private static final DateGrammar NUMERIC = new DateGrammar("n");

	private static final DateGrammar WORDED = new DateGrammar("w");

	private static final Pattern DATE = Pattern
		.compile("(?:" + NUMERIC.dayMonthYear("", DateGrammar.SPACED, DateGrammar.YEAR, true) + "|"
				+ WORDED.worded("\\s+", DateGrammar.YEAR, true) + ")(?!\\d)");

	@ParameterizedTest
	@CsvSource(nullValues = "-", delimiter = '|', textBlock = """
			28/12              | 2020-01-02 | 2019-12-28
			2/1                | 2020-01-02 | 2020-01-02
			3/1                | 2020-01-02 | 2019-01-03
			6/11/2019          | 2020-01-02 | 2019-11-06
			15 tháng 4 năm 2022 | -         | 2022-04-15
			15 tháng 4         | 2022-05-01 | 2022-04-15
			24/1               | -          | -
			29/2               | 2025-01-10 | 2024-02-29
			29/2               | 2025-03-05 | -
			31/4/2020          | -          | -
			6 / 11 / 2019      | -          | 2019-11-06
			""")
	void aDateWithoutItsYearFallsOnOrBeforeThePublicationDay(String text, LocalDate published, LocalDate expected) {
		Matcher matcher = DATE.matcher(text);
		assertThat(matcher.matches()).isTrue();
		PartialDate stamp = (published != null)
				? PartialDate.day(published.getYear(), published.getMonthValue(), published.getDayOfMonth(), false)
				: null;
		assertThat(DateGrammar.read(matcher, NUMERIC, WORDED).flatMap((date) -> date.completedBy(stamp)))
			.isEqualTo(java.util.Optional.ofNullable(expected));
	}

	@Test
	void aPublicationDateWithoutItsDayInfersNothing() {
		assertThat(MissingYear.notAfter(9, 30, PartialDate.month(2025, 10, false))).isEmpty();
		assertThat(MissingYear.notAfter(9, 30, null)).isEmpty();
	}

}
