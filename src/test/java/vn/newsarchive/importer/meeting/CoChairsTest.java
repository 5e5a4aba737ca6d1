package vn.newsarchive.importer.meeting;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.MeetingReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several chairs in one sentence, presiding for the Politburo when nobody chairs, and
 * people who announce or hand over decisions, who chair nothing (issue 17). Sentences of
 * our own; "-" for no chair.
 */
class CoChairsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					Sáng 14/5, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 khai mạc. Tham dự và chủ trì Hội nghị, có đồng chí Lê Văn An - Bí thư Tỉnh ủy; đồng chí Trần Thị Bích - Phó Bí thư Thường trực Tỉnh ủy. | Lê Văn An; Trần Thị Bích
					Chiều 9/7, Ban Thường vụ Huyện ủy họp. Đồng chí Vũ Văn Khải, Bí thư Huyện ủy dự và chủ trì hội nghị. | Vũ Văn Khải
					Sáng 3/4, Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 5 diễn ra. Phó Bí thư Thường trực Thành ủy Đặng Văn Hiếu; Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Ngô Thị Hạnh đồng chủ trì Hội nghị. | Đặng Văn Hiếu; Ngô Thị Hạnh
					Ngày 8/3, Đảng ủy Khối tổ chức Hội nghị Ban Chấp hành lần thứ 6. Đồng chí Phan Văn Lộc, Bí thư Đảng ủy Khối, các đồng chí Phó Bí thư Đảng ủy Khối: Mai Thị Hồng, Cao Văn Toàn, chủ trì Hội nghị. | Phan Văn Lộc; Mai Thị Hồng; Cao Văn Toàn
					Ngày 12/10, dưới sự chủ trì của đồng chí Hà Văn Quế, Bí thư Tỉnh ủy và các đồng chí: Lương Văn Tùng, Phó Bí thư Thường trực Tỉnh ủy; Tạ Minh Hải, Phó Bí thư Tỉnh ủy, Hội nghị Ban Chấp hành Đảng bộ tỉnh đã khai mạc. | Hà Văn Quế; Lương Văn Tùng; Tạ Minh Hải
					Sáng 6/6, Ban Thường vụ Tỉnh ủy họp. Đồng chí Hồ Văn Lâm, Bí thư Tỉnh ủy chủ trì hội nghị; dự họp có đồng chí Đỗ Thị Nga, Phó Bí thư Tỉnh ủy. | Hồ Văn Lâm
					Sáng 1/8, Hội nghị Trung ương bất thường khai mạc tại Hà Nội. Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Vương Minh Tuấn thay mặt Bộ Chính trị điều hành Hội nghị. | Vương Minh Tuấn
					Sáng 11/5, Hội nghị Trung ương lần thứ 7 khai mạc. Tổng Bí thư Lê Đức Thịnh chủ trì Hội nghị. Thủ tướng Chính phủ Vương Minh Tuấn điều hành phiên khai mạc. | Lê Đức Thịnh
					Chiều 6/8, Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. Ông Phí Văn Đức, Phó trưởng Ban Tổ chức Trung ương công bố quyết định; ông Khổng Minh Tâm, Trưởng Ban Tổ chức Trung ương trao quyết định. | -
					Sáng 9/4, Ban Chấp hành Đảng bộ tỉnh khai mạc hội nghị lần thứ sáu. Đồng chí Bí thư Tỉnh ủy Lý Văn Hào chủ trì hội nghị cùng các đồng chí: Tô Minh Đức, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Đinh Thị Vân, Phó Bí thư Thường trực Tỉnh ủy. | Lý Văn Hào; Tô Minh Đức; Đinh Thị Vân
					Chiều 2/6, Đảng ủy Quân khu họp phiên thường kỳ. Trung tướng Lương Văn Bắc, Bí thư Đảng ủy Quân khu chủ trì cùng đồng chí Mai Xuân Hòa, Phó Bí thư Đảng ủy Quân khu. | Lương Văn Bắc; Mai Xuân Hòa
					Sáng 5/9, Ban Thường vụ Tỉnh ủy họp. Đồng chí Hồ Văn Lâm, Bí thư Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí: Đỗ Thị Nga, Phó Bí thư Tỉnh ủy; Lê Quốc Hùng, Chủ tịch UBND tỉnh. | Hồ Văn Lâm
					Ngày 31/7, Bộ Công an tổ chức lễ công bố quyết định. Điểm cầu Bộ Công an do trung tướng Lê Văn Hiệp, Thứ trưởng Bộ Công an chủ trì buổi lễ. | Lê Văn Hiệp
					""")
	void chairs(String text, String chairs) {
		MeetingReport meeting = OnlyMeeting.of(Fixtures.body(text));
		assertThat(meeting.chairs())
			.containsExactlyElementsOf((chairs == null) ? java.util.List.of() : Arrays.asList(chairs.split("; ")));
	}

}
