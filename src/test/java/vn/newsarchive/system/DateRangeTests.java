package vn.newsarchive.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The date filter's "from" and "to" as the forms send them and as readers type them. */
class DateRangeTests {

	@ParameterizedTest
	@CsvSource({ "2024-05-31, 2024-05-31, 2024-05-31", "31/05/2024, 2024-05-31, 2024-05-31",
			"1.2.2019, 2019-02-01, 2019-02-01", "5/2024, 2024-05-01, 2024-05-31", "02/2024, 2024-02-01, 2024-02-29",
			"2019, 2019-01-01, 2019-12-31", "' 2019 ', 2019-01-01, 2019-12-31" })
	void aDayAMonthOrAYearFromItsFirstDayToItsLast(String typed, LocalDate from, LocalDate to) {
		assertThat(DateRange.parse(typed, null).from()).isEqualTo(from);
		assertThat(DateRange.parse(null, typed).to()).isEqualTo(to);
	}

	@Test
	void blankEndsAreOpen() {
		assertThat(DateRange.parse(null, "")).isEqualTo(DateRange.ANY);
		assertThat(DateRange.parse(" ", null).isOpen()).isTrue();
		DateRange since = DateRange.parse("2020", null);
		assertThat(since.to()).isNull();
		assertThat(since.endExclusive()).isNull();
		assertThat(DateRange.parse(null, "2020").endExclusive()).isEqualTo(LocalDate.of(2021, 1, 1));
	}

	@ParameterizedTest
	@CsvSource({ "abc", "31/02/2024", "2024-13-01", "13/2024", "20245", "hôm qua" })
	void textThatIsNoDateIsRefusedWithWhatWasTyped(String typed) {
		assertThatExceptionOfType(DateRangeException.class).isThrownBy(() -> DateRange.parse(typed, null))
			.satisfies((ex) -> {
				assertThat(ex.getMessageKey()).isEqualTo("dates.unreadable");
				assertThat(ex.getValues()).containsExactly(typed);
			});
	}

	@Test
	void aStartAfterTheEndIsRefused() {
		assertThatExceptionOfType(DateRangeException.class).isThrownBy(() -> DateRange.parse("2024", "2023-12-31"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("dates.reversed"));
		assertThat(DateRange.parse("2024-01-01", "2024-01-01").from()).isEqualTo(LocalDate.of(2024, 1, 1));
	}

	@Test
	void aListsYearNarrowsTheRange() {
		DateRange range = DateRange.parse("2019-06-15", null).within(2019);
		assertThat(range).isEqualTo(new DateRange(LocalDate.of(2019, 6, 15), LocalDate.of(2019, 12, 31)));
		assertThat(DateRange.ANY.within(2020))
			.isEqualTo(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
		assertThat(DateRange.ANY.within(null)).isEqualTo(DateRange.ANY);
	}

}
