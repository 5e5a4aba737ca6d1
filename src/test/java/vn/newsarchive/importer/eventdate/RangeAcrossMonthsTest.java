package vn.newsarchive.importer.eventdate;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range of days that runs into the next month (issue 17), with sentences of our own:
 * the event's day is the range's first, in the year written after its last day when the
 * first has none, the year before when the range runs from December into January.
 */
class RangeAcrossMonthsTest {

	private static final YearInference.Hints NO_HINTS = new YearInference.Hints(Map.of(), null);

	private final EventDateParser parser = new EventDateParser();

	private final YearInference years = new YearInference();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đại hội Đảng bộ huyện diễn ra từ 29/9 đến 1/10/2020, tại Hội trường huyện             | 2020-09-25 | 2020-09-29
					Hội nghị Ban Chấp hành Đảng bộ tỉnh họp từ ngày 30-9 đến ngày 2-10-2025               | 2025-09-28 | 2025-09-30
					Tỉnh ủy tổ chức hội nghị cán bộ trong 2 ngày (31/10 - 1/11), tại Nhà khách Tỉnh ủy     | 2023-11-02 | 2023-10-31
					Từ 28/2 đến 2/3/2024, Đoàn kiểm tra làm việc với Ban Thường vụ Thành ủy                | 2024-02-20 | 2024-02-28
					Lớp bồi dưỡng cán bộ diễn ra từ 31/12 đến 2/1/2025 tại Trường Chính trị tỉnh          | 2024-12-29 | 2024-12-31
					Đại hội đại biểu Đảng bộ Quân khu diễn ra từ 30/6/2020 đến 2/7/2020                    | 2020-06-20 | 2020-06-30
					""")
	void theFirstDayInTheYearAfterTheLast(String text, LocalDate published, String expected) {
		EventDateMention mention = this.parser.find(text).orElseThrow();
		PartialDate stamp = PartialDate.day(published.getYear(), published.getMonthValue(), published.getDayOfMonth(),
				false);
		assertThat(this.years.complete(mention, stamp, NO_HINTS).orElseThrow().value()).isEqualTo(expected);
	}

	/**
	 * A congress page whose lede gives no day states it further on as a range in words
	 * ("Đại hội được tổ chức từ ngày 14 đến ngày 16 tháng 10 năm 2025"): the first day,
	 * in the month and year written after the last (session 18's meeting dates; the
	 * single worded day is the guard).
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đại hội được tổ chức từ ngày 14 đến ngày 16 tháng 10 năm 2025 tại Trung tâm Hội nghị tỉnh | 2025-10-20 | 2025-10-14
					Trong hai ngày 21 và 22 tháng 8 năm 2025, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I     | 2025-08-25 | 2025-08-21
					Từ ngày 02 đến ngày 04 tháng 7, Đảng bộ Quân khu tổ chức Đại hội đại biểu                 | 2025-07-05 | 2025-07-02
					Sáng ngày 08 tháng 3 năm 2021, tại trụ sở Tỉnh ủy                                          | 2021-03-10 | 2021-03-08
					""")
	void aRangeInWordsStartsOnItsFirstDay(String text, LocalDate published, String expected) {
		theFirstDayInTheYearAfterTheLast(text, published, expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đại hội diễn ra từ 29/9 đến 1/10/2020     | 2020 | 9 | 29
			Lớp học mở từ 31/12 đến 2/1/2025          | 2024 | 12 | 31
			""")
	void theYearIsStatedNotInferred(String text, int year, int month, int day) {
		EventDateMention mention = this.parser.find(text).orElseThrow();
		assertThat(mention.year()).isEqualTo(year);
		assertThat(mention.month()).isEqualTo(month);
		assertThat(mention.day()).isEqualTo(day);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nghị định có hiệu lực từ ngày 1/7/2021
			Giá điện tăng từ 10/2020
			""")
	void aStartWithNoRangeIsNoEventDate(String text) {
		assertThat(this.parser.find(text)).isEmpty();
	}

}
