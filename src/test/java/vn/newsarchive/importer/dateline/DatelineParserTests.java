package vn.newsarchive.importer.dateline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.newsarchive.kernel.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineParserTests {

	private final DatelineParser parser = new DatelineParser();

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "06/11/2019 19:27; 2019-11-06T19:27; MINUTE",
			"12:00 | 05/09/2024; 2024-09-05T12:00; MINUTE", "14:53 | 06/07/2021; 2021-07-06T14:53; MINUTE",
			"Thứ năm 05/08/2021 10:40; 2021-08-05T10:40; MINUTE",
			"Thứ Hai, 06/11/2019 - 19:27; 2019-11-06T19:27; MINUTE",
			"Chủ nhật, 5/8/2021, 10:40 (GMT+7); 2021-08-05T10:40; MINUTE", "20/03/2020 00:00; 2020-03-20; DAY",
			"20-03-2020; 2020-03-20; DAY", "16.08.2021 08h30; 2021-08-16T08:30; MINUTE",
			"2019-11-06T19:27:00+07:00; 2019-11-06T19:27; MINUTE", "2019-11-06; 2019-11-06; DAY",
			"Cập nhật: 19:27 ngày 06/11/2019; 2019-11-06T19:27; MINUTE",
			"Thứ Tư, ngày 06 tháng 11 năm 2019; 2019-11-06; DAY", "Ngày đăng: 06/11/2019; 2019-11-06; DAY",
			"Ngày post: 12-03-2024; 2024-03-12; DAY", "Số lượt xem 4012Ngày cập nhật 21/04/2021; 2021-04-21; DAY",
			"Lượt xem: 1.203 | 08:15 12/05/2024; 2024-05-12T08:15; MINUTE" })
	void readsAStampLine(String line, String value, DatePrecision precision) {
		DatelineParser.Stamp stamp = this.parser.parseLine(line).orElseThrow();
		assertThat(stamp.pure()).isTrue();
		assertThat(stamp.date().value()).isEqualTo(value);
		assertThat(stamp.date().precision()).isEqualTo(precision);
		assertThat(stamp.date().inferred()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Đường dây nóng: 0866.59.4498 - Thứ năm 05/08/2021 10:40", "Minh Ngọc | 19:27 06/11/2019" })
	void aClockAmongOtherChromeIsOnlyAWeakStamp(String line) {
		assertThat(this.parser.parseLine(line).orElseThrow().pure()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Đoàn Kiểm tra đã làm việc về kết quả thực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị Trung ương 7 khóa XII.",
			"Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019.", "Chiều 6/11", "Sáng 16.8, Ban Thường trực", "32/13/2019",
			"Trong các ngày 26-27/11", "0866.59.4498" })
	void aDateInsideASentenceIsNotAStamp(String line) {
		assertThat(this.parser.parseLine(line)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "date 2025-09-16 Sáng 16/9, thực hiện; 2025-09-16; DAY; Sáng 16/9, thực hiện",
			// some crawls know only the month
			"date 2021-08 Phiên họp đầu tiên của Chính phủ; 2021-08; MONTH; Phiên họp đầu tiên của Chính phủ" })
	void readsTheCrawlerToken(String line, String value, DatePrecision precision, String rest) {
		assertThat(this.parser.crawlerDate(line).orElseThrow().value()).isEqualTo(value);
		assertThat(this.parser.crawlerDate(line).orElseThrow().precision()).isEqualTo(precision);
		assertThat(this.parser.stripCrawlerToken(line)).isEqualTo(rest);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			// a headline with the page's stamp glued to its end
			"Thủ tướng chủ trì phiên họp Ban Chỉ đạo 01/02/2026 10:29; Thủ tướng chủ trì phiên họp Ban Chỉ đạo; 2026-02-01T10:29",
			// authors, a dash, then the stamp with the clock first
			"Duy Anh và Công Minh - 07:00, 04/12/2023; Duy Anh và Công Minh; 2023-12-04T07:00",
			"Minh Ngọc | 19:27 06/11/2019; Minh Ngọc; 2019-11-06T19:27" })
	void splitsAStampFromTheEndOfALine(String line, String text, String value) {
		DatelineParser.TrailingStamp trailing = this.parser.trailingStamp(line).orElseThrow();
		assertThat(trailing.text()).isEqualTo(text);
		assertThat(trailing.date().value()).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Chiều 6/11, Bộ Chính trị làm việc với Tỉnh ủy lúc 14:30 ngày 06/11/2019.",
			"06/11/2019 19:27" })
	void aSentenceOrABareStampHasNoTrailingStamp(String line) {
		assertThat(this.parser.trailingStamp(line)).isEmpty();
	}

}
