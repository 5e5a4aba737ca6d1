package vn.newsarchive.importer.meeting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingPlaceAndTitleTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					Ngày 28/9, tại Đà Nẵng đã diễn ra Hội nghị Đoàn Chủ tịch lần thứ 10, khoá IX. | Đà Nẵng
					Ngày 26/2, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 40 xem xét thi hành kỷ luật đối với một số đảng viên tại Trung tâm Y tế huyện. | -
					Ngày 31/3, Phó Thủ tướng Trần Văn Bình đã tiếp Đại sứ Nhật Bản đến chào từ biệt nhân kết thúc nhiệm kỳ công tác tại Việt Nam. | -
					""")
	void place(String sentence, String place) {
		assertThat(OnlyMeeting.of(Fixtures.body(sentence)).place()).isEqualTo(place);
	}

	/**
	 * A venue named after a kind of event ("Trung tâm Hội nghị tỉnh", "Cung Hội nghị") is
	 * a place: its words give no kind (session 19, a congress read as a conference).
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đại hội đại biểu Đảng bộ tỉnh lần thứ XV được tổ chức từ ngày 14 đến ngày 16 tháng 10 năm 2025 tại Trung tâm Hội nghị tỉnh. | Đại hội
					Sáng 12/3/2024, Đại hội Hội Nông dân tỉnh lần thứ IX khai mạc tại Cung Hội nghị tỉnh. | Đại hội
					Sáng 5/6/2024, Hội nghị Ban Chấp hành Đảng bộ tỉnh diễn ra tại Trung tâm Hội nghị tỉnh. | Hội nghị
					""")
	void aVenueNamedForAnEventGivesNoKind(String sentence, String kind) {
		assertThat(OnlyMeeting.of(Fixtures.body(sentence)).kind()).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Sáng 4-4-2022, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị Tỉnh ủy lần thứ 5, Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Văn Hòa có bài phát biểu khai mạc hội nghị. | Hội nghị Tỉnh ủy lần thứ 5
					Sáng 15/6, Hội nghị Đảng ủy Khối 6 tháng đầu năm 2023 đã diễn ra tại Hà Nội. | Hội nghị Đảng ủy Khối 6 tháng đầu năm 2023
					Sáng 9/10, Đại tướng Trần Văn Bình chủ trì Hội nghị Thường vụ Quân ủy Trung ương thông qua các nội dung chuẩn bị Đại hội. | Hội nghị Thường vụ Quân ủy Trung ương
					Ngày 27/7, tại Hà Nội, Ban Tuyên giáo tổ chức Hội nghị triển khai Quyết định về việc bổ nhiệm đồng chí Lê Văn Hòa, Phó Vụ trưởng làm Vụ trưởng. | Hội nghị triển khai Quyết định về việc bổ nhiệm đồng chí Lê Văn Hòa, Phó Vụ trưởng làm Vụ trưởng
					""")
	void titleEndsBeforeThePersonOrTheVerbAfterIt(String sentence, String title) {
		assertThat(OnlyMeeting.of(Fixtures.body(sentence)).title()).isEqualTo(title);
	}

}
