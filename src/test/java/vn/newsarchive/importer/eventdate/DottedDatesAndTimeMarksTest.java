package vn.newsarchive.importer.eventdate;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.kernel.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as provincial, army and police sites write them (issue 17), with sentences of our
 * own: dotted days, a space after the slash, live-blog time marks that are no dates, and
 * a crawler token that gives only the year and month of publication.
 */
class DottedDatesAndTimeMarksTest {

	private static final YearInference.Hints NO_HINTS = new YearInference.Hints(Map.of(), null);

	private final EventDateParser parser = new EventDateParser();

	private final YearInference years = new YearInference();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sáng 17.9, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ  | 2025-09-18 | 2025-09-17
			Ngày 15.9.2025, Tỉnh ủy tổ chức hội nghị cán bộ      | 2025-09-20 | 2025-09-15
			Sáng 24/ 7, Thường vụ Quân ủy Trung ương họp         | 2012-07-25 | 2012-07-24
			Chiều 2-12, Ban Thường vụ Huyện ủy tổ chức hội nghị  | 2020-12-03 | 2020-12-02
			""")
	void aDayWrittenWithDotsOrSpacesIsTheEventsDay(String text, String published, String expected) {
		PartialDate stamp = PartialDate.day(Integer.parseInt(published.substring(0, 4)),
				Integer.parseInt(published.substring(5, 7)), Integer.parseInt(published.substring(8)), false);
		EventDateMention mention = this.parser.find(text).orElseThrow();
		assertThat(this.years.complete(mention, stamp, NO_HINTS).orElseThrow().value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			8h00: Đại hội khai mạc phiên thứ nhất
			14h30: Đoàn Chủ tịch điều hành phiên thảo luận
			""")
	void aLiveBlogTimeMarkIsNoDate(String text) {
		assertThat(this.parser.find(text)).isEmpty();
	}

	@Test
	void aCrawlerTokenOfYearAndMonthGivesTheYear() {
		EventDateMention mention = this.parser.find("Ngày 31/7, Bộ Công an công bố quyết định").orElseThrow();
		PartialDate token = PartialDate.month(2020, 7, false);
		assertThat(this.years.complete(mention, token, NO_HINTS).orElseThrow().value()).isEqualTo("2020-07-31");
	}

}
