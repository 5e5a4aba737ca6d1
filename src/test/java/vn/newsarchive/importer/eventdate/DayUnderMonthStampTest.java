package vn.newsarchive.importer.eventdate;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day announced on a page whose stamp gives only its year and month (a crawler's
 * {@code date 2024-12}; issue 17), with sentences of our own: the day of the stamp's
 * month or of the month before it is in the stamp's year (the year before for December
 * under a January stamp); the stamp says nothing about the year of a day in another
 * month.
 */
class DayUnderMonthStampTest {

	private static final YearInference.Hints NO_HINTS = new YearInference.Hints(Map.of(), null);

	private final EventDateParser parser = new EventDateParser();

	private final YearInference years = new YearInference();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Theo kế hoạch, hội nghị diễn ra trong 2 ngày 26 - 27.12 tại Hà Nội   | 2024 | 12 | 2024-12-26
			Hội nghị tổng kết diễn ra trong 3 ngày 18 - 20.11                   | 2022 | 11 | 2022-11-18
			Ngày 28.11, Đảng ủy Công an tỉnh tổ chức hội nghị                    | 2022 | 12 | 2022-11-28
			Ngày 30.12, Tỉnh ủy tổ chức hội nghị tổng kết                        | 2025 | 1  | 2024-12-30
			""")
	void theDayIsInTheStampsYear(String text, int year, int month, String expected) {
		EventDateMention mention = this.parser.find(text).orElseThrow();
		PartialDate stamp = PartialDate.month(year, month, false);
		assertThat(this.years.complete(mention, stamp, NO_HINTS).orElseThrow().value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ngày 14.3, Tỉnh ủy tổ chức hội nghị cán bộ   | 2024 | 12
			Ngày 5.1, Huyện ủy tổ chức hội nghị          | 2024 | 12
			""")
	void aDayOfAnotherMonthGetsNoYearFromTheStamp(String text, int year, int month) {
		EventDateMention mention = this.parser.find(text).orElseThrow();
		PartialDate stamp = PartialDate.month(year, month, false);
		assertThat(this.years.complete(mention, stamp, NO_HINTS)).isEmpty();
	}

}
