package vn.newsarchive.importer.meeting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a page with no date, a meeting whose only year is a cited document's date (session
 * 17's hold-out: "Ngày 3-12" beside "Chỉ thị số 20-CT/TW ngày 18-01-2018"): the document
 * was issued before the meeting that cites it, so a day later in the document's year is
 * that year (inferred). Not when the day falls before the document's in its year (the
 * meeting may be any later year), nor when the meeting reviews years of carrying it out
 * ("tổng kết 5 năm thực hiện"), nor from a date that belongs to no document
 * ({@code EventDateParserTest.noYearAnywhereGivesNoDate}). Sentences of our own, after
 * the phenomena met in real articles.
 */
class CitedDocumentYearTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ngày 3-12, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 20-CT/TW ngày 18-01-2018 của Ban Bí thư. | 2018-12-03
					Sáng 29/8, Đảng ủy xã tổ chức hội nghị triển khai Quyết định số 125-QĐ/HU ngày 26/7/2023 của Ban Thường vụ Huyện ủy. | 2023-08-29
					Ngày 18-11, Đảng ủy Quân sự tỉnh tổ chức hội nghị học tập Nghị quyết số 12-NQ/TU ngày 30-5-2019 của Tỉnh ủy. | 2019-11-18
					Ngày 5/3, Huyện ủy tổ chức hội nghị triển khai Nghị quyết số 10-NQ/TU ngày 20/11/2022 của Tỉnh ủy. |
					Ngày 18-11, Huyện ủy tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị. |
					""")
	void aCitedDocumentsYearDatesALaterDayOfThatYear(String sentence, String date) {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(sentence));
		if (date == null) {
			assertThat(meeting.date()).isNull();
		}
		else {
			assertThat(meeting.date().value()).isEqualTo(date);
			assertThat(meeting.date().inferred()).isTrue();
		}
	}

}
