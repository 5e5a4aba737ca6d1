package vn.newsarchive.importer.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rarer Kinh and ethnic-minority family names from the published list make persons; a
 * family name that also opens a place's or a continent's name, or a unit's after its kind
 * ("Huyện ủy Lâm Bình", "Huyện Đoàn Sa Pa"), makes none (issue 17).
 */
class FamilyNamesTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí Châu Văn Tín, Phó Bí thư Tỉnh ủy phát biểu tại hội nghị | Châu Văn Tín
			ông Cấn Văn Lực, Chủ tịch UBND huyện cho biết | Cấn Văn Lực
			bà Uông Thị Hà, Trưởng Ban Dân vận Huyện ủy dự họp | Uông Thị Hà
			Đồng chí Lò Văn Puốn, Bí thư Huyện ủy chủ trì | Lò Văn Puốn
			Đồng chí Xồng Bá Lầu, Phó Bí thư Đảng ủy xã phát biểu | Xồng Bá Lầu
			Bà Ngần Thị Lún, Chủ tịch Hội Liên hiệp Phụ nữ huyện cho biết | Ngần Thị Lún
			ông Vừ Chông Pao, Chủ tịch UBND xã báo cáo | Vừ Chông Pao
			Đại tá Sái Văn Đông, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự | Sái Văn Đông
			Đồng chí Moong Văn Tòng, Bí thư Chi bộ bản nhận Huy hiệu 30 năm tuổi Đảng | Moong Văn Tòng
			Đồng chí Phàn Văn Lâm, Bí thư Chi bộ thôn phát biểu | Phàn Văn Lâm
			ông Mịch Văn Tú, Chủ tịch UBND xã cho biết | Mịch Văn Tú
			ông Điểu Minh Tâm, Chủ tịch UBND xã cho biết | Điểu Minh Tâm
			Đồng chí Kpă Văn Thuyên, Bí thư Huyện ủy phát biểu | Kpă Văn Thuyên
			bà Puih Thị Hiền, Chủ tịch Hội Phụ nữ xã báo cáo | Puih Thị Hiền
			ông Khưu Văn Minh, Phó Chủ tịch UBND huyện cho biết | Khưu Văn Minh
			Đồng chí Chá A Của, Bí thư Đảng ủy xã phát biểu | Chá A Của
			ông Fàng A Dì, Chủ tịch UBND xã báo cáo | Fàng A Dì
			Đồng chí Lèm Văn Hải, Phó Bí thư Huyện ủy dự | Lèm Văn Hải
			bà Chamaléa Thị Thủy, Phó Chủ tịch UBND tỉnh phát biểu | Chamaléa Thị Thủy
			ông Katơr Văn Sáu, Chủ tịch UBND xã cho biết | Katơr Văn Sáu
			""")
	void aRareFamilyNameMakesAPerson(String sentence, String name) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).extracting(PersonMention::name)
			.containsExactly(name);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đoàn công tác đã làm việc với các đối tác tại Châu Âu và Châu Phi.
			Hội nghị có đại diện Sở Công Thương, Sở Tài chính tỉnh Bình Dương.
			Ông từng là bí thư Huyện Đoàn Sa Pa, bí thư Huyện ủy Bát Xát.
			Đồng chí được điều động làm Bí thư Huyện ủy Lâm Bình.
			""")
	void aPlaceOpeningWithAFamilyNameIsNoPerson(String sentence) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).isEmpty();
	}

	/**
	 * Family names that are also words opening a sentence or a title, given names,
	 * ethnonyms or places (Từ, Vì, Phó, Quyền, Vàng, Mùa, Tày, Thanh) are left out of the
	 * list: a capitalised run of three syllables after one would be a person with no
	 * title beside it.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Từ Bắc Giang, đoàn công tác tiếp tục làm việc tại tỉnh Lạng Sơn.
			Vì Bộ Chính trị đã quyết định thành lập tổ công tác, các địa phương phải báo cáo trước tháng 10.
			Phó Trưởng Ban Thường trực dự và phát biểu.
			Quyền Giám Đốc Sở đã ký quyết định.
			Báo đạt Huy chương Vàng Hội Báo Toàn quốc năm nay.
			Chiến dịch Mùa Hè Xanh năm nay có hơn 500 sinh viên tham gia.
			Đồng bào Tày Nùng Dao ở các xã vùng cao đón Tết sớm.
			Tỉnh Thanh Hóa Quyết tâm hoàn thành chỉ tiêu năm.
			""")
	void aFamilyNameThatIsAlsoAWordMakesNoPerson(String sentence) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).isEmpty();
	}

	/**
	 * Family names that are also words, given names or a title's first word
	 * (family-names-also-words.txt) make a person with a given-name continuation and a
	 * title or an honorific beside it; rare Kinh names that are no word make one as any
	 * family name does.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí Phó Đức Nam, Phó Bí thư Tỉnh ủy phát biểu kết luận | Phó Đức Nam
			ông Quản Văn Tâm, Chủ tịch UBND xã cho biết | Quản Văn Tâm
			Bà Hồng Thị Lan, Trưởng Ban Tuyên giáo Huyện ủy dự | Hồng Thị Lan
			Đại tá Hùng Văn Khánh, Chính ủy Bộ Chỉ huy Quân sự tỉnh phát biểu | Hùng Văn Khánh
			Đồng chí Lự Văn Điêu, Bí thư Huyện ủy chủ trì | Lự Văn Điêu
			ông Lô Văn Hặc, Phó Chủ tịch UBND huyện báo cáo | Lô Văn Hặc
			Đồng chí Vì Văn Sơn, Bí thư Đảng ủy xã trao Huy hiệu Đảng | Vì Văn Sơn
			bà Bạc Thị Mai, Chủ tịch Hội Nông dân huyện cho biết | Bạc Thị Mai
			Đồng chí Mang Văn Thới, Phó Chánh Văn phòng Tỉnh ủy dự | Mang Văn Thới
			Đồng chí Bồ Văn Tài, Trưởng phòng Nội vụ huyện báo cáo | Bồ Văn Tài
			Đồng chí Bì Văn Hòa, Bí thư Chi bộ thôn phát biểu | Bì Văn Hòa
			Ông Hình Văn Thắng, Chủ tịch UBND phường cho biết | Hình Văn Thắng
			Đồng chí Tầng Văn Phú, Phó Bí thư Thường trực Huyện ủy dự | Tầng Văn Phú
			Đồng chí Sơn Thị Ngọc, Phó Chủ tịch UBND huyện phát biểu | Sơn Thị Ngọc
			ông Danh Hoàng Việt, Bí thư Huyện ủy cho biết | Danh Hoàng Việt
			Đồng chí Nay Phi Lam, Phó Chủ tịch UBND tỉnh dự | Nay Phi Lam
			Đồng chí Vàng A Páo, Bí thư Đảng ủy xã phát biểu | Vàng A Páo
			Thượng tá Mùa A Sơn, Chính ủy Đồn Biên phòng báo cáo | Mùa A Sơn
			bà Liễu Thị Hạnh, Chủ tịch Hội Nông dân xã cho biết | Liễu Thị Hạnh
			Đồng chí Thẩm Văn Hòa, Trưởng Ban Tổ chức Huyện ủy dự | Thẩm Văn Hòa
			ông Ôn Văn Phúc, Giám đốc Sở Nội vụ báo cáo | Ôn Văn Phúc
			Đồng chí Phù Thị Lan, Phó Bí thư Huyện ủy phát biểu | Phù Thị Lan
			Bí thư Thị ủy Sơn Tây Phạm Văn Hùng chủ trì | Phạm Văn Hùng
			Chủ tịch UBND huyện Phù Ninh Lê Văn Tâm báo cáo | Lê Văn Tâm
			Đồng chí Sử Văn Hùng, Phó Chủ tịch UBND huyện dự | Sử Văn Hùng
			ông Lùng Văn Páo, Bí thư Chi bộ thôn cho biết | Lùng Văn Páo
			Chủ tịch UBND xã Lùng Phình Giàng A Páo báo cáo | Giàng A Páo
			Đồng chí Đàng Văn Thành, Phó Bí thư Tỉnh ủy phát biểu | Đàng Văn Thành
			ông Ung Văn Lộc, Giám đốc Sở Y tế cho biết | Ung Văn Lộc
			Đồng chí Tưởng Văn Hải, Phó Chủ tịch UBND huyện dự | Tưởng Văn Hải
			ông Chiêm Văn Dũng, Bí thư Huyện ủy phát biểu | Chiêm Văn Dũng
			bà Dư Thị Hoa, Trưởng Ban Dân vận Huyện ủy báo cáo | Dư Thị Hoa
			ông Tiết Văn Lâm, Chủ tịch UBND phường cho biết | Tiết Văn Lâm
			Đồng chí Cáp Văn Tuấn, Bí thư Chi bộ thôn phát biểu | Cáp Văn Tuấn
			ông Xa Văn Tú, Chủ tịch UBND xã báo cáo | Xa Văn Tú
			bà Mấu Thị Hoa, Chủ tịch Hội Phụ nữ xã cho biết | Mấu Thị Hoa
			Đồng chí Ca Văn Thắng, Phó Bí thư Đảng ủy xã dự | Ca Văn Thắng
			ông Khang A Tủa, Chủ tịch UBND xã báo cáo | Khang A Tủa
			Đồng chí Hơ Văn Phong, Bí thư Chi bộ bản phát biểu | Hơ Văn Phong
			ông Phà A Sùng, Phó Chủ tịch UBND xã cho biết | Phà A Sùng
			Đồng chí Chênh Văn Đức, Bí thư Đảng ủy xã dự | Chênh Văn Đức
			bà Ái Thị Ngọc, Phó Giám đốc Sở Tư pháp báo cáo | Ái Thị Ngọc
			ông Hám Văn Lợi, Chủ tịch UBND xã cho biết | Hám Văn Lợi
			Đồng chí Khâm Văn Tài, Trưởng Ban Tổ chức Huyện ủy dự | Khâm Văn Tài
			ông Khấu Văn Hòa, Giám đốc Sở Nội vụ phát biểu | Khấu Văn Hòa
			bà Mạn Thị Lan, Chủ tịch Hội Nông dân xã cho biết | Mạn Thị Lan
			ông Mâu Văn Trí, Phó Chủ tịch UBND huyện báo cáo | Mâu Văn Trí
			Đồng chí Mi Văn Hùng, Bí thư Đảng ủy xã phát biểu | Mi Văn Hùng
			ông Miêu Văn Sang, Trưởng phòng Nội vụ huyện cho biết | Miêu Văn Sang
			bà Nhẫn Thị Hà, Phó Bí thư Huyện ủy dự | Nhẫn Thị Hà
			ông Phác Văn Lực, Chủ tịch UBND xã báo cáo | Phác Văn Lực
			Đồng chí Sung Văn Phú, Bí thư Chi bộ thôn phát biểu | Sung Văn Phú
			ông Tải Văn Sinh, Chủ tịch UBND xã cho biết | Tải Văn Sinh
			Đồng chí Túc Văn Hải, Phó Chủ tịch UBND phường dự | Túc Văn Hải
			ông Tửu Văn Minh, Trưởng Công an xã báo cáo | Tửu Văn Minh
			Bí thư Huyện ủy Chiêm Hóa Hà Tâm chủ trì hội nghị | Hà Tâm
			""")
	void aWordLikeOrRareFamilyNameWithATitleMakesAPerson(String sentence, String name) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).extracting(PersonMention::name)
			.containsExactly(name);
	}

	/**
	 * A person with an ethnic-minority or rarer family name, or an Ê Đê name with its
	 * clan last (HighlandNamesTest), gets the title chain beside the name, as anyone
	 * does.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đồng chí Sơn Thị Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh phát biểu | Sơn Thị Ngọc | Ủy viên Ban Thường vụ Tỉnh ủy | Phó Chủ tịch UBND tỉnh
					Đồng chí Nay Phi Lam, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì | Nay Phi Lam | Tỉnh ủy viên | Bí thư Huyện ủy
					Đồng chí Phàn Văn Lâm, Huyện ủy viên, Bí thư Đảng ủy xã phát biểu | Phàn Văn Lâm | Huyện ủy viên | Bí thư Đảng ủy xã
					Đồng chí Y Biêr Niê, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu | Y Biêr Niê | Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy
					bà H'Hen Niê, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh cho biết | H'Hen Niê | Tỉnh ủy viên | Chủ tịch Hội Nông dân tỉnh
					""")
	void aRareFamilyNameGetsItsTitleChain(String sentence, String name, String first, String second) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).singleElement()
			.satisfies((person) -> {
				assertThat(person.name()).isEqualTo(name);
				assertThat(person.titles()).containsExactly(first, second);
			});
	}

	/**
	 * The same names without a title or honorific, with no given-name continuation, or
	 * opening a title or a place, make no person.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Hùng Vương Là Vị Vua Đầu Tiên của nước Văn Lang.
			Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy dự họp.
			Phó Chủ Tịch UBND tỉnh đã ký quyết định.
			Vì Bộ Chính trị đã quyết định thành lập tổ công tác, các địa phương phải báo cáo.
			Đoàn công tác đã làm việc tại Hồng Kông Trung Quốc trong ba ngày.
			Đại sứ Bồ Đào Nha Tại Việt Nam dự buổi tiếp.
			Bí thư Tỉnh ủy Bạc Liêu Quang Minh chủ trì.
			Ông là Phó Ban chỉ đạo của tỉnh.
			Cán bộ huyện Mang Yang Tích Cực đến từng thôn.
			Đồng chí Phó chủ trì hội nghị.
			Nay Ban Thường vụ Tỉnh ủy quyết định như sau.
			Danh Sách Đại Biểu Dự Hội Nghị được gửi kèm.
			Tổng Biên tập Báo Phụ Nữ Việt Nam dự buổi lễ.
			Đoàn đã đến thăm Dinh Thống Nhất và Báo Sài Gòn Giải Phóng.
			Chiến dịch Sinh Viên Tình Nguyện năm nay có hơn 500 người tham gia.
			Báo đạt Huy chương Vàng Hội Báo Toàn quốc năm nay.
			Thẩm Phán Trần Hùng đọc bản án.
			Tự Hào Việt Nam là chủ đề của cuộc thi.
			Sử Dụng Hiệu Quả Vốn là chủ đề của hội thảo.
			Sử Học Việt Nam có thêm nhiều công trình mới.
			Xã Lùng Phình Giữ Vững danh hiệu xã văn hóa.
			Lùng Sục Khắp Nơi, lực lượng chức năng đã tìm thấy tang vật.
			Tưởng Nhớ Bác Hồ là chủ đề của chương trình nghệ thuật.
			Ung Thư Phổi là nguyên nhân tử vong hàng đầu, Giám đốc Sở Y tế cho biết.
			Dư Luận Xã Hội đồng tình với quyết định của Ban Thường vụ.
			Tiết Kiệm Chống Lãng Phí là nhiệm vụ thường xuyên, Bí thư Tỉnh ủy nhấn mạnh.
			Mấu Chốt Của Vấn Đề là công tác cán bộ, đồng chí Bí thư nói.
			Đoàn đã thăm huyện Chiêm Hóa Và Na Hang của tỉnh Tuyên Quang.
			Chủ tịch Hội đồng quản trị Tổng công ty Hàng Không Việt Nam dự.
			Giám đốc Nhà hát Ca Múa Nhạc Việt Bắc phát biểu.
			Cáp Quang Biển Quốc Tế gặp sự cố, Thứ trưởng Bộ Thông tin cho biết.
			Chênh Lệch Giàu Nghèo được Bộ trưởng nêu tại phiên họp.
			Xa Lộ Hà Nội được Chủ tịch UBND thành phố kiểm tra.
			Khấu Trừ Thuế Giá Trị Gia Tăng được Thứ trưởng Bộ Tài chính giải thích.
			Sách Đàng Trong Thời Chúa Nguyễn được Giám đốc Nhà xuất bản giới thiệu.
			""")
	void aWordLikeFamilyNameWithoutContextOrContinuationMakesNoPerson(String sentence) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).isEmpty();
	}

}
