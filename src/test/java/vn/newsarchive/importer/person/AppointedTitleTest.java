package vn.newsarchive.importer.person;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post given or taken by an appointment sentence is the person's (issue 17; session 13
 * adds "là" — "Hiện ông A là X", "bầu cử bổ sung ông A, X là Y" — and "được điều về Trung
 * ương giữ chức Y"): after the name and its chain ("A, X giữ chức Y", "thôi giữ chức Y,
 * giữ chức vụ Z", "được điều động, chỉ định tham gia … và giữ chức Y", "A, X làm Y",
 * "được bổ nhiệm Y"), ending before the term ("nhiệm kỳ 2025 - 2030"); and before the
 * name, the posts a decision takes "đối với" him ("cho thôi chức vụ X, Y … đối với đồng
 * chí A"). Leading the event ("làm Trưởng đoàn"), a past career ("từng giữ chức") and
 * someone else's appointment are not. Session 15: an aside in parentheses after the name
 * ("bổ nhiệm Đại tá A (52 tuổi, quê …) giữ chức vụ X"), "đến nhận công tác và giữ chức vụ
 * X", "được bố trí giữ chức vụ X", and "bầu A, X vào Ban Chấp hành, Đoàn Chủ tịch và giữ
 * chức Y"; an age after the name's comma ("Bà A, 46 tuổi, đang giữ chức vụ X"). Sentences
 * of our own, after the phenomena met in real articles.
 */
class AppointedTitleTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Bộ Công an công bố quyết định bổ nhiệm Đại tá Lương Văn Kiên (52 tuổi, quê Nghệ An) giữ chức vụ Giám đốc Công an tỉnh Hà Tĩnh. | Lương Văn Kiên | Đại tá; Giám đốc Công an tỉnh Hà Tĩnh
					Bộ Công an điều động Đại tá Hà Văn Tuấn - Phó Giám đốc Công an tỉnh Lạng Sơn đến nhận công tác và giữ chức vụ Giám đốc Công an tỉnh Cao Bằng. | Hà Văn Tuấn | Đại tá; Phó Giám đốc Công an tỉnh Lạng Sơn; Giám đốc Công an tỉnh Cao Bằng
					Bà Nguyễn Thị Mai, 46 tuổi, đang giữ chức vụ Phó Giám đốc Sở Y tế tỉnh Hà Giang. | Nguyễn Thị Mai | Phó Giám đốc Sở Y tế tỉnh Hà Giang
					Ông Trần Văn Nam, 52 tuổi, Phó Chủ tịch UBND huyện Mèo Vạc, được bổ nhiệm giữ chức Giám đốc Sở Xây dựng. | Trần Văn Nam | Phó Chủ tịch UBND huyện Mèo Vạc; Giám đốc Sở Xây dựng
					Đại tá Tạ Quang Huy được bố trí giữ chức vụ Giám đốc Công an tỉnh Lào Cai. | Tạ Quang Huy | Đại tá; Giám đốc Công an tỉnh Lào Cai
					Hội nghị đã bầu bà Hà Thị Lan, Ủy viên Trung ương Đảng, Bí thư Đảng đoàn Hội vào Ban Chấp hành, Đoàn Chủ tịch và giữ chức Chủ tịch Hội Nông dân Việt Nam. | Hà Thị Lan | Ủy viên Trung ương Đảng; Bí thư Đảng đoàn Hội; Chủ tịch Hội Nông dân Việt Nam
					Ban Bí thư chỉ định ông Trần Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2025 - 2030. | Trần Văn Khải | Ủy viên Ban Thường vụ Tỉnh ủy; Trưởng Ban Dân vận Tỉnh ủy; Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy
					Tỉnh ủy quyết định điều động, bổ nhiệm đồng chí Phạm Thị Hoa, Phó Chánh Văn phòng Tỉnh ủy giữ chức vụ Phó Trưởng Ban Nội chính Tỉnh ủy. | Phạm Thị Hoa | Phó Chánh Văn phòng Tỉnh ủy; Phó Trưởng Ban Nội chính Tỉnh ủy
					Ông Đỗ Minh Tuấn thôi giữ chức Chủ tịch UBND huyện Lục Yên nhiệm kỳ 2021 - 2026, thôi giữ chức Phó Bí thư Huyện ủy, giữ chức vụ Giám đốc Sở Tài chính. | Đỗ Minh Tuấn | Chủ tịch UBND huyện Lục Yên; Phó Bí thư Huyện ủy; Giám đốc Sở Tài chính
					Bà Lê Thu Hà sẽ thôi tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và thôi giữ chức Bí thư Huyện ủy, Chủ tịch HĐND huyện Văn Yên để giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy. | Lê Thu Hà | Bí thư Huyện ủy; Chủ tịch HĐND huyện Văn Yên; Phó Trưởng Ban Tổ chức Tỉnh ủy
					Ông Ngô Văn Tùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hòa Bình, được điều động, chỉ định tham gia Ban Chấp hành Đảng bộ tỉnh và giữ chức Phó Bí thư Tỉnh ủy Phú Thọ. | Ngô Văn Tùng | Phó Bí thư Tỉnh ủy Phú Thọ; Chủ tịch UBND tỉnh Hòa Bình
					Đồng chí Hoàng Văn Nam, Phó Giám đốc Sở Nội vụ làm Bí thư Huyện ủy Na Hang | Hoàng Văn Nam | Phó Giám đốc Sở Nội vụ; Bí thư Huyện ủy Na Hang
					Ông Vũ Đức Long được bổ nhiệm giữ chức Phó Tư lệnh Quân khu 2 từ ngày 1/3. | Vũ Đức Long | Phó Tư lệnh Quân khu 2
					Ông Đặng Quốc Bảo vừa được bổ nhiệm Phó Giám đốc Công an tỉnh. | Đặng Quốc Bảo | Phó Giám đốc Công an tỉnh
					Ông Lâm Văn Quý nhận quyết định làm Phó Chủ tịch UBND tỉnh Lai Châu. | Lâm Văn Quý | Phó Chủ tịch UBND tỉnh Lai Châu
					Tỉnh ủy điều động ông Lê Văn Hòa - Bí thư Huyện ủy Sơn Tịnh giữ chức danh phó bí thư Huyện ủy, chủ tịch UBND huyện Ba Tơ. | Lê Văn Hòa | Bí thư Huyện ủy Sơn Tịnh; phó bí thư Huyện ủy; chủ tịch UBND huyện Ba Tơ
					Kỳ họp xác nhận kết quả bầu cử bổ sung ông Nguyễn Văn Trí, Phó Bí thư Tỉnh ủy là Chủ tịch UBND tỉnh Bình Phước khóa IX. | Nguyễn Văn Trí | Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh Bình Phước
					Hiện ông Lê Văn Cường là Phó Bí thư Thường trực Tỉnh ủy. | Lê Văn Cường | Phó Bí thư Thường trực Tỉnh ủy
					Bí thư Tỉnh ủy Lai Châu Trần Văn Sơn được điều về Trung ương giữ chức Phó Chủ nhiệm Văn phòng Chính phủ. | Trần Văn Sơn | Bí thư Tỉnh ủy Lai Châu; Phó Chủ nhiệm Văn phòng Chính phủ
					Ban Thường vụ Thành ủy quyết định cho thôi chức vụ Bí thư Quận ủy, Trưởng đoàn đại biểu HĐND quận và các chức vụ có liên quan để nghỉ hưu theo chế độ đối với đồng chí Trịnh Văn Hùng. | Trịnh Văn Hùng | Bí thư Quận ủy; Trưởng đoàn đại biểu HĐND quận
					Ủy ban Kiểm tra đề nghị cho thôi giữ chức Phó Giám đốc Trung tâm Y tế huyện và điều chuyển công tác khác đối với ông Đặng Văn Lực. | Đặng Văn Lực | Phó Giám đốc Trung tâm Y tế huyện
					Đồng chí Trần Quốc Vượng, Ủy viên Bộ Chính trị làm Trưởng đoàn đã làm việc với Tỉnh ủy. | Trần Quốc Vượng | Ủy viên Bộ Chính trị
					Ông Nguyễn Văn Bình từng giữ chức Bí thư Huyện ủy Yên Bình. | Nguyễn Văn Bình |
					Ông Lê Văn Tâm, Bí thư Tỉnh ủy trao quyết định cho các đồng chí được bổ nhiệm giữ chức Phó Giám đốc Sở. | Lê Văn Tâm | Bí thư Tỉnh ủy
					Ông Lê Văn Tâm, Bí thư Tỉnh ủy chúc mừng các đồng chí được giữ chức Phó Giám đốc Sở. | Lê Văn Tâm | Bí thư Tỉnh ủy
					""")
	void thePostGivenOrTakenIsThePersons(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, titles(titles)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Bộ Chính trị chỉ định ông Hà Văn Minh giữ chức Bí thư Tỉnh ủy, bà Đoàn Thị Lan giữ chức Phó Bí thư Tỉnh ủy. | Hà Văn Minh | Bí thư Tỉnh ủy | Đoàn Thị Lan | Phó Bí thư Tỉnh ủy
					Ông Bùi Văn Hải trao quyết định bổ nhiệm ông Phan Minh Đức giữ chức Chánh Văn phòng Tỉnh ủy. | Bùi Văn Hải | | Phan Minh Đức | Chánh Văn phòng Tỉnh ủy
					""")
	void eachAppointmentIsItsOwnPersons(String sentence, String first, String firstTitles, String second,
			String secondTitles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(first, titles(firstTitles)),
				new PersonMention(second, titles(secondTitles)));
	}

	private static List<String> titles(String titles) {
		return (titles == null) ? List.of() : Arrays.asList(titles.split("\\s*;\\s*"));
	}

}
