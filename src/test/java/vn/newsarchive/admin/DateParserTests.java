package vn.newsarchive.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsarchive.kernel.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Dates as editors type them; precision is never invented. */
class DateParserTests {

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "06/11/2019, 19:27, -, 2019-11-06T19:27, MINUTE", "6/11/2019, 19h27, -, 2019-11-06T19:27, MINUTE",
					"06/11/2019, -, -, 2019-11-06T00:00, DAY", "06-11-2019, -, -, 2019-11-06T00:00, DAY",
					"06.11.2019, -, -, 2019-11-06T00:00, DAY", "2019-11-06, -, -, 2019-11-06T00:00, DAY",
					"11/2019, -, -, 2019-11-01T00:00, MONTH", "2019-11, -, -, 2019-11-01T00:00, MONTH",
					"2019, -, -, 2019-01-01T00:00, YEAR", "06/11/2019, 19:27, DAY, 2019-11-06T00:00, DAY",
					"06/11/2019, -, YEAR, 2019-01-01T00:00, YEAR" })
	void readsWhatWasTyped(String date, String time, DatePrecision chosen, String start, DatePrecision precision) {
		DateValue value = DateParser.parse(date, time, chosen, false);
		assertThat(value.start()).hasToString(start);
		assertThat(value.precision()).isEqualTo(precision);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "31/02/2019, -, -, date, admin.date.invalid", "hôm qua, -, -, date, admin.date.format",
					"-, 19:27, -, date, admin.date.missing", "11/2019, 19:27, -, time, admin.date.timeNeedsDay",
					"06/11/2019, 25:99, -, time, admin.date.timeFormat",
					"2019, -, DAY, precision, admin.date.precisionTooFine",
					"06/11/2019, -, MINUTE, precision, admin.date.precisionTooFine" })
	void explainsWhatIsWrong(String date, String time, DatePrecision chosen, String field, String code) {
		assertThatExceptionOfType(DateInputException.class)
			.isThrownBy(() -> DateParser.parse(date, time, chosen, false))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getMessageCode()).isEqualTo(code);
			});
	}

	@Test
	void nothingTypedIsNoDate() {
		assertThat(DateParser.parse("  ", "", DatePrecision.DAY, true)).isNull();
	}

	@Test
	void aStoredDateIsWrittenBackAtItsPrecision() {
		DateInput input = DateInput.of(java.time.LocalDateTime.of(2019, 11, 1, 0, 0), DatePrecision.MONTH, true);
		assertThat(input.getDate()).isEqualTo("11/2019");
		assertThat(input.getTime()).isNull();
		assertThat(input.isInferred()).isTrue();
	}

}
