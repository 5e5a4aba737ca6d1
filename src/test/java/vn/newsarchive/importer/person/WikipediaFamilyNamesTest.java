package vn.newsarchive.importer.person;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The family names of Wikipedia's table "Các họ khác" and the Chăm family names (issue
 * 17, session 18; sources in the lists' headers): those that are no word make a person as
 * any family name does; those that are also words or open places
 * (family-names-also-words.txt) make one only with a given-name continuation and a title
 * or an honorific beside it, and the same words in their common uses, or opening a place,
 * make none. Sentences of our own.
 */
class WikipediaFamilyNamesTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí Chriêng Văn Hùng, Bí thư Đảng ủy xã phát biểu | Chriêng Văn Hùng
			ông Chắng A Lử, Chủ tịch UBND xã cho biết | Chắng A Lử
			bà Diếp Thị Hồng, Phó Chủ tịch UBND huyện báo cáo | Diếp Thị Hồng
			Đồng chí Đoái Văn Lâm, Bí thư Chi bộ thôn phát biểu | Đoái Văn Lâm
			ông Khà Văn Tám, Chủ tịch UBND xã báo cáo | Khà Văn Tám
			Đồng chí Lèng Văn Sơn, Phó Bí thư Đảng ủy xã dự | Lèng Văn Sơn
			bà Liệp Thị Mai, Chủ tịch Hội Phụ nữ xã cho biết | Liệp Thị Mai
			ông Lỡ Văn Pọm, Bí thư Chi bộ bản phát biểu | Lỡ Văn Pọm
			Đồng chí Sỳ A Pao, Chủ tịch UBND xã báo cáo | Sỳ A Pao
			ông Thiềm Văn Đức, Phó Chủ tịch UBND huyện cho biết | Thiềm Văn Đức
			bà Trác Thị Thu, Trưởng phòng Nội vụ huyện báo cáo | Trác Thị Thu
			ông Ty Văn Hào, Chủ tịch UBND phường cho biết | Ty Văn Hào
			Đồng chí Uân Văn Thịnh, Phó Bí thư Huyện ủy dự | Uân Văn Thịnh
			ông Âu Dương Lân, Giám đốc Sở Văn hóa cho biết | Âu Dương Lân
			Đồng chí Tôn Thất Hùng, Phó Chủ tịch UBND tỉnh phát biểu | Tôn Thất Hùng
			bà Tôn Nữ Thị Hà, Phó Chủ tịch HĐND tỉnh dự | Tôn Nữ Thị Hà
			ông Hoàng Phủ Văn Minh, Chủ tịch UBND xã báo cáo | Hoàng Phủ Văn Minh
			""")
	void aFamilyNameOfTheTableMakesAPerson(String sentence, String name) {
		assertThat(names(sentence)).containsExactly(name);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Lèng Văn Piềng và Chắng A Lử trao đổi kinh nghiệm nuôi bò | Lèng Văn Piềng | Chắng A Lử
			""")
	void threeSyllablesAfterOneArePersonsWithoutTitles(String sentence, String first, String second) {
		assertThat(names(sentence)).containsExactly(first, second);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí Bửu Văn Lâm, Phó Chủ tịch UBND huyện dự | Bửu Văn Lâm
			ông Cai Văn Thắng, Chủ tịch UBND xã cho biết | Cai Văn Thắng
			bà Cam Thị Hoa, Trưởng Ban Dân vận Huyện ủy báo cáo | Cam Thị Hoa
			Đồng chí Chúng Văn Hòa, Bí thư Chi bộ thôn phát biểu | Chúng Văn Hòa
			ông Cái Văn Tư, Phó Chủ tịch UBND xã cho biết | Cái Văn Tư
			Đồng chí Cát Văn Thành, Giám đốc Sở Tài chính phát biểu | Cát Văn Thành
			ông Cống Văn Hải, Chủ tịch UBND phường báo cáo | Cống Văn Hải
			Đồng chí Cồ Văn Tuấn, Bí thư Đảng ủy xã dự | Cồ Văn Tuấn
			bà Cự Thị Liên, Chủ tịch Hội Phụ nữ xã cho biết | Cự Thị Liên
			ông Diêm Văn Định, Phó Giám đốc Sở Y tế báo cáo | Diêm Văn Định
			Đồng chí Dã Văn Hùng, Bí thư Chi bộ bản phát biểu | Dã Văn Hùng
			ông Giao Văn Lực, Chủ tịch UBND xã cho biết | Giao Văn Lực
			bà Giả Thị Hương, Phó Bí thư Huyện ủy dự | Giả Thị Hương
			Đồng chí Giảng Văn Thắng, Trưởng Công an xã báo cáo | Giảng Văn Thắng
			ông Hy Văn Phúc, Chủ tịch UBND huyện cho biết | Hy Văn Phúc
			Đồng chí Khiếu Văn Hải, Phó Chủ tịch UBND tỉnh phát biểu | Khiếu Văn Hải
			ông Khâu Văn Tiến, Bí thư Đảng ủy xã cho biết | Khâu Văn Tiến
			bà Lành Thị Nga, Chủ tịch Hội Nông dân xã báo cáo | Lành Thị Nga
			Đồng chí Lộ Văn Sinh, Phó Chủ tịch UBND huyện dự | Lộ Văn Sinh
			ông Man Văn Tài, Trưởng phòng Nội vụ huyện cho biết | Man Văn Tài
			bà Mầu Thị Thu, Phó Chủ tịch UBND xã báo cáo | Mầu Thị Thu
			Đồng chí Mậu Văn Hiển, Bí thư Huyện ủy phát biểu | Mậu Văn Hiển
			ông Mê Văn Lợi, Chủ tịch UBND xã cho biết | Mê Văn Lợi
			Đồng chí Mễ Văn Toàn, Phó Bí thư Đảng ủy xã dự | Mễ Văn Toàn
			ông Mộc Văn Thanh, Giám đốc Sở Nội vụ báo cáo | Mộc Văn Thanh
			bà Ngạc Thị Bình, Chủ tịch UBND phường cho biết | Ngạc Thị Bình
			Đồng chí Ngôn Văn Hậu, Bí thư Chi bộ thôn phát biểu | Ngôn Văn Hậu
			ông Ngọ Văn Dũng, Phó Chủ tịch UBND huyện báo cáo | Ngọ Văn Dũng
			Đồng chí Nhậm Văn Quý, Trưởng Ban Tổ chức Huyện ủy dự | Nhậm Văn Quý
			ông Quế Văn Lâm, Chủ tịch UBND xã cho biết | Quế Văn Lâm
			bà Sâm Thị Yến, Phó Bí thư Đảng ủy xã báo cáo | Sâm Thị Yến
			Đồng chí Thang Văn Phúc, Giám đốc Sở Tư pháp phát biểu | Thang Văn Phúc
			ông Thoa Văn Bình, Chủ tịch UBND xã báo cáo | Thoa Văn Bình
			Đồng chí Trì Văn Thuận, Bí thư Đảng ủy xã phát biểu | Trì Văn Thuận
			ông Trưng Văn Kiên, Phó Chủ tịch UBND huyện báo cáo | Trưng Văn Kiên
			bà Tán Thị Hồng, Chủ tịch Hội Phụ nữ huyện cho biết | Tán Thị Hồng
			Đồng chí Tông Văn Định, Trưởng Công an huyện dự | Tông Văn Định
			ông Tề Văn Hải, Chủ tịch UBND xã báo cáo | Tề Văn Hải
			Đồng chí Vu Văn Thắng, Bí thư Chi bộ thôn phát biểu | Vu Văn Thắng
			ông Vâng A Sình, Chủ tịch UBND xã cho biết | Vâng A Sình
			Đồng chí Văng Văn Lợi, Phó Chủ tịch UBND xã dự | Văng Văn Lợi
			ông Vạn Văn Phúc, Giám đốc Sở Tài chính báo cáo | Vạn Văn Phúc
			bà Xung Thị Mai, Chủ tịch UBND phường cho biết | Xung Thị Mai
			Đồng chí Đan Văn Nhật, Bí thư Huyện ủy phát biểu | Đan Văn Nhật
			ông Điền Văn Lộc, Chủ tịch UBND xã báo cáo | Điền Văn Lộc
			Đồng chí Đoạn Văn Tám, Phó Bí thư Đảng ủy xã dự | Đoạn Văn Tám
			ông Đôn Văn Hùng, Trưởng phòng Tài chính huyện cho biết | Đôn Văn Hùng
			bà Đương Thị Thảo, Phó Chủ tịch UBND xã báo cáo | Đương Thị Thảo
			Đồng chí Đống Văn Sáu, Bí thư Chi bộ thôn phát biểu | Đống Văn Sáu
			ông Đồ Văn Hưng, Chủ tịch UBND phường cho biết | Đồ Văn Hưng
			bà Lượng Thị Hoa, Phó Chủ tịch UBND xã báo cáo | Lượng Thị Hoa
			Đồng chí Đái Văn Tuấn, Trưởng Ban Tổ chức Huyện ủy dự | Đái Văn Tuấn
			ông Đới Sỹ Hùng, Giám đốc Sở Nội vụ cho biết | Đới Sỹ Hùng
			Đồng chí Thóng Văn Piềng, Bí thư Đảng ủy xã phát biểu | Thóng Văn Piềng
			""")
	void aWordLikeFamilyNameWithATitleMakesAPerson(String sentence, String name) {
		assertThat(names(sentence)).containsExactly(name);
	}

	/** A place that opens with one of them is skipped, and the name after it found. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Bí thư Huyện ủy Mộc Châu Lò Văn Pọm chủ trì hội nghị | Lò Văn Pọm
			Chủ tịch UBND quận Đống Đa Nguyễn Văn Hùng báo cáo | Nguyễn Văn Hùng
			Bí thư Quận ủy Hai Bà Trưng Trần Văn Tâm phát biểu | Trần Văn Tâm
			Chủ tịch UBND thị xã Cai Lậy Lê Văn Hòa cho biết | Lê Văn Hòa
			Chủ tịch UBND thành phố Sâm Sơn Lê Văn Tú báo cáo | Lê Văn Tú
			Bí thư Thành ủy Cam Ranh Phạm Văn Bình chủ trì | Phạm Văn Bình
			Chủ tịch UBND quận Cái Răng Trần Văn Ba cho biết | Trần Văn Ba
			Bí thư Huyện ủy Mê Linh Hoàng Văn Phong phát biểu | Hoàng Văn Phong
			Chủ tịch UBND quận Đồ Sơn Phạm Văn Mạnh báo cáo | Phạm Văn Mạnh
			Bí thư Huyện ủy Đan Phượng Nguyễn Văn Long chủ trì | Nguyễn Văn Long
			""")
	void aPlaceOpeningWithOneIsNoPerson(String sentence, String name) {
		assertThat(names(sentence)).containsExactly(name);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đoàn công tác đã làm việc tại Đan Mạch Và Hy Lạp trong năm ngày.
			Đại sứ Đan Mạch Tại Việt Nam dự buổi tiếp.
			Đại sứ Hy Lạp Tại Việt Nam dự buổi tiếp.
			Đoàn đã thăm Khu di tích Ngọ Môn Huế và Đồ Sơn Hải Phòng.
			Cam Kết Mạnh Mẽ là yêu cầu được Bí thư Tỉnh ủy nêu.
			Giao Thông Thuận Lợi được Chủ tịch UBND tỉnh kiểm tra.
			Khiếu Nại Kéo Dài là vấn đề được Chánh Thanh tra tỉnh báo cáo.
			Cống Hiến Thầm Lặng là chủ đề được Bí thư Tỉnh đoàn phát động.
			Chúng Tôi Lắng Nghe là lời Chủ tịch UBND tỉnh nói với cử tri.
			Hy Sinh Anh Dũng là điều được Chủ tịch nước nhắc lại.
			Tết Mậu Thân Năm 1968 được Chủ tịch Hội Cựu chiến binh kể lại.
			Xung Kích Tình Nguyện là phong trào được Bí thư Tỉnh đoàn phát động.
			Vạn Người Như Một là lời Bí thư Tỉnh ủy nhấn mạnh.
			Đoạn Đường Qua Xã được Chủ tịch UBND huyện kiểm tra.
			Đôn Đốc Tiến Độ là yêu cầu được Phó Chủ tịch UBND tỉnh nêu.
			Lành Mạnh Hóa là yêu cầu được Thống đốc Ngân hàng Nhà nước nêu.
			Trưng Bày Hiện Vật được Giám đốc Bảo tàng tỉnh giới thiệu.
			Giả Mạo Chữ Ký là hành vi được Thủ trưởng Cơ quan điều tra nêu.
			Vu Khống Cán Bộ là hành vi được Giám đốc Công an tỉnh nêu.
			Lộ Trình Tăng Lương được Bộ trưởng Bộ Nội vụ giải thích.
			Tán Thành Chủ Trương là ý kiến được Bí thư Tỉnh ủy nêu.
			Cát Tặc Hoành Hành được Chủ tịch UBND tỉnh chỉ đạo xử lý.
			Điền Kinh Quốc Gia được Bộ trưởng Bộ Văn hóa nhắc đến.
			Dã Ngoại Cuối Tuần được Bí thư Tỉnh đoàn tổ chức.
			Thập Niên Đổi Mới được Tổng Bí thư nhắc lại.
			Vâng, Chủ tịch UBND tỉnh đã trả lời như vậy.
			Chủ tịch Hội Chữ Thập Đỏ Việt Nam phát biểu.
			Lượng Mưa Lớn được Phó Chủ tịch UBND tỉnh cảnh báo.
			""")
	void theSameWordsInTheirCommonUseMakeNoPerson(String sentence) {
		assertThat(names(sentence)).isEmpty();
	}

	private List<String> names(String sentence) {
		return this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))
			.stream()
			.map(PersonMention::name)
			.toList();
	}

}
