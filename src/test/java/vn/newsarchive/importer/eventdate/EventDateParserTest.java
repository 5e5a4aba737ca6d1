package vn.newsarchive.importer.eventdate;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class EventDateParserTest {

	private final EventDateParser parser = new EventDateParser();

	private final YearInference years = new YearInference();

	private static final YearInference.Hints NO_HINTS = new YearInference.Hints(Map.of(), null);

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Chiều 6/11, tại Trụ sở Bộ Ngoại giao, Đoàn kiểm tra số 1150           | 2019-11-10 | 2019-11-06
			TGVN. Ngày 26/2, Ban cán sự đảng Bộ Ngoại giao đã tổ chức Hội nghị   | 2020-02-26 | 2020-02-26
			Sáng ngày 03/4, tại Trụ sở Bộ Ngoại giao                             | 2019-04-05 | 2019-04-03
			Chiều 14-2, theo phân công của Bộ Chính trị                          | 2017-02-15 | 2017-02-14
			Sáng 16.8, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam            | 2021-08-16 | 2021-08-16
			Trong hai ngày 21- 22/4, Ủy ban Kiểm tra Trung ương khóa 12           | 2016-04-25 | 2016-04-21
			Trong các ngày 26-27/11, Ban cán sự đảng Bộ Ngoại giao tổ chức       | 2020-11-28 | 2020-11-26
			Từ ngày 4 - 5/5, tại Tuyên Quang                                      | 2018-05-06 | 2018-05-04
			Chiều 28/12, Ban Bí thư họp                                           | 2025-01-02 | 2024-12-28
			Ngày 6/7/2021, tại Hà Nội, đồng chí Đỗ Thắng Hải                      | 2021-08-05 | 2021-07-06
			 date 2025-09-16 Sáng 16/9, thực hiện kế hoạch                        | 2025-09-16 | 2025-09-16
			Sáng nay (12/5), tại Trụ sở Bộ Tư pháp                                | 2021-05-12 | 2021-05-12
			Sáng ngày 08 tháng 3 năm 2021, tại trụ sở Chính phủ                   | 2021-03-10 | 2021-03-08
			Ủy ban đã họp từ ngày 9 đến ngày 12/5/2015 tại Hà Nội                 | 2015-06-01 | 2015-05-09
			Theo đó, trong các ngày 7, 8 và 11-4-2022, Ủy ban đã họp              | 2022-04-20 | 2022-04-07
			Từ ngày 02 đến 05/10, tại Hà Nội, Ủy ban đã họp                       | 2020-10-06 | 2020-10-02
			Sáng nay, 15-9, tại Phủ Chủ tịch                                      | 2019-09-15 | 2019-09-15
			Chiều  tối qua (14/7), Đại hội đã bầu Ban Chấp hành                   | 2020-07-15 | 2020-07-14
			""")
	void eventDateWithYearFromPublication(String text, String published, String expected) {
		assertThat(dated(text, published)).isEqualTo(expected);
	}

	/**
	 * A list of days with the month (and year) only on the last, a time of day before
	 * each day: the event starts on the first day, in the last day's month and year.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Chiều 3 và sáng 4.6, Hội nghị Ban Chấp hành Đảng bộ huyện họp          | 2023-06-05 | 2023-06-03
			Trong hai ngày, sáng 9 và chiều 10/3/2021, Đảng ủy Khối tổ chức       | 2021-03-15 | 2021-03-09
			Sáng 21, chiều 22-9, Ban Thường vụ Thành ủy làm việc với Huyện ủy     | 2022-09-23 | 2022-09-21
			Tối 27 và sáng ngày 28/5, Đại hội đại biểu Đảng bộ xã biểu quyết      | 2025-05-29 | 2025-05-27
			Chiều 30 và sáng 31/12/2024, Ban Chấp hành họp phiên cuối năm         | 2025-01-02 | 2024-12-30
			Ngày 8, 9/12/2024, Đảng ủy Quân sự tỉnh tổ chức Hội nghị              | 2024-12-10 | 2024-12-08
			Sáng 27 và 28-5, Đại hội đại biểu Đảng bộ phường thảo luận            | 2020-05-29 | 2020-05-27
			""")
	void aListOfDaysWithTheMonthOnTheLastStartsOnItsFirstDay(String text, String published, String expected) {
		assertThat(dated(text, published)).isEqualTo(expected);
	}

	/**
	 * A list that runs into the next month ("30 đến 2/5"): the first day is in the month
	 * before the one written (and the year before, across January).
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Từ ngày 30 đến ngày 2/5, Ủy ban Kiểm tra Tỉnh ủy họp                  | 2024-05-03 | 2024-04-30
			Chiều 31 và sáng 1/1/2025, Ban Chấp hành họp phiên đầu năm            | 2025-01-02 | 2024-12-31
			Trong các ngày 29, 30 và 1-10, Đại hội đại biểu Đảng bộ tỉnh          | 2020-10-02 | 2020-09-29
			""")
	void aListRunningIntoTheNextMonthStartsInTheMonthBefore(String text, String published, String expected) {
		assertThat(dated(text, published)).isEqualTo(expected);
	}

	private String dated(String text, String published) {
		PartialDate stamp = PartialDate.day(Integer.parseInt(published.substring(0, 4)),
				Integer.parseInt(published.substring(5, 7)), Integer.parseInt(published.substring(8)), false);
		EventDateMention mention = this.parser.find(text).orElseThrow();
		return this.years.complete(mention, stamp, NO_HINTS).orElseThrow().value();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị
			Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng
			Chương trình công tác toàn khóa và năm 2016
			Quy định có hiệu lực từ ngày 1/7/2021
			Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010-2015
			""")
	void documentDatesAndYearsAreNoEventDates(String text) {
		assertThat(this.parser.find(text)).isEmpty();
	}

	@Test
	void aDocumentStyleDateCountsRightAfterAMeetingsName() {
		String text = "tại Hội nghị sơ kết công tác tuyên giáo, ngày 3-8-2016.";
		int nameEnd = text.indexOf(", ngày");
		EventDateMention mention = this.parser.findAfter(text, nameEnd).orElseThrow();
		assertThat(mention.year()).isEqualTo(2016);
		assertThat(mention.month()).isEqualTo(8);
		assertThat(mention.day()).isEqualTo(3);
		assertThat(this.parser.findAfter(text, 0)).isEmpty();
	}

	@Test
	void yearFromAMonthWrittenElsewhereIsInferred() {
		EventDateMention mention = this.parser.find("Ngày 3/4, tại Trụ sở Bộ Ngoại giao").orElseThrow();
		YearInference.Hints hints = YearInference.Hints.from("hoàn thành việc lấy phiếu trong tháng 4/2019./.");
		PartialDate date = this.years.complete(mention, null, hints).orElseThrow();
		assertThat(date.value()).isEqualTo("2019-04-03");
		assertThat(date.inferred()).isTrue();
	}

	@Test
	void aRangeWithoutAnyYearStillHasNoYear() {
		EventDateMention mention = this.parser.find("Từ ngày 02 đến 05/10, tại Hà Nội").orElseThrow();
		YearInference.Hints hints = YearInference.Hints.from("Ban Thường vụ các nhiệm kỳ 2010-2015, 2015-2020");
		assertThat(this.years.complete(mention, null, hints)).isEmpty();
	}

	@Test
	void noYearAnywhereGivesNoDate() {
		EventDateMention mention = this.parser.find("Chiều 9/8, Tổng Bí thư").orElseThrow();
		assertThat(this.years.complete(mention, null, YearInference.Hints.from("ngày 14/6/2024"))).isEmpty();
	}

	@Test
	void aReviewOfAYearIsHeldEarlyTheNextYear() {
		EventDateMention mention = this.parser.find("Chiều 14-2, theo phân công").orElseThrow();
		YearInference.Hints hints = YearInference.Hints.from("chỉ đạo kiểm điểm, phê bình và tự phê bình năm 2016");
		assertThat(this.years.complete(mention, null, hints).orElseThrow().value()).isEqualTo("2017-02-14");
	}

}
