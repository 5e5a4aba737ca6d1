package vn.newsarchive.importer.person;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

class PersonExtractorTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					Đoàn Kiểm tra số 1150 của Bộ Chính trị do đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương làm Trưởng đoàn đã làm việc | Trương Thị Mai | Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng; Trưởng ban Dân vận Trung ương
					Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: "Trọng tâm là gắn kết" | Bùi Thanh Sơn | Phó Thủ tướng; Bộ trưởng Bộ Ngoại giao
					Ông Trần Quốc Vượng - Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì cuộc họp. | Trần Quốc Vượng | Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng; Chủ nhiệm Ủy ban Kiểm tra Trung ương
					Tại điểm cầu Trung ương (hội trường Diên Hồng, nhà Quốc hội), Bí thư Đảng ủy, Bộ trưởng Phạm Thị Thanh Trà cùng các Thứ trưởng | Phạm Thị Thanh Trà | Bí thư Đảng ủy; Bộ trưởng
					Phó chủ tịch Quốc hội Trần Quang Phương đạt tín nhiệm cao thứ ba | Trần Quang Phương | Phó chủ tịch Quốc hội
					Chiều 9/8, Tổng Bí thư, Chủ tịch nước Tô Lâm đã đến thăm và chủ trì buổi làm việc | Tô Lâm | Tổng Bí thư; Chủ tịch nước
					Tham dự đoàn công tác Trung ương có đồng chí Hà Ban, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương; đồng chí | Hà Ban | Ủy viên Trung ương Đảng; Phó Trưởng Ban Tổ chức Trung ương
					Chào mừng đại hội, đồngchí Lương Hải Sinh, Bí thư Đảng ủy, Chủ tịch HĐQT NHPT đã có những ý kiến | Lương Hải Sinh | Bí thư Đảng ủy; Chủ tịch HĐQT NHPT
					do Phó Bí thư chuyên trách Đảng ủy Bộ Nguyễn Huy Hưng chủ trì cùng sự tham gia | Nguyễn Huy Hưng | Phó Bí thư chuyên trách Đảng ủy Bộ
					Thay mặt Ban Thường vụ Thành ủy Hà Nội, Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến báo cáo kết quả | Nguyễn Thị Tuyến | Phó Bí thư Thường trực Thành ủy
					Cùng dự có Trưởng ban Tuyên giáo - Dân vận Trung ương Nguyễn Văn Hòa và đại diện các bộ | Nguyễn Văn Hòa | Trưởng ban Tuyên giáo - Dân vận Trung ương
					Sáng 2.3, Ủy viên Bộ Chính trị, Trưởng Tiểu ban Văn kiện Lê Thị Hồng chủ trì phiên họp | Lê Thị Hồng | Ủy viên Bộ Chính trị; Trưởng Tiểu ban Văn kiện
					Phó Chủ tịch Quốc hội Tòng Thị Phóng phát biểu tại buổi làm việc | Tòng Thị Phóng | Phó Chủ tịch Quốc hội
					Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Giàng Seo Phử làm việc với tỉnh | Giàng Seo Phử | Bộ trưởng; Chủ nhiệm Ủy ban Dân tộc
					Bí thư Tỉnh ủy Khuất Văn Hùng chủ trì hội nghị | Khuất Văn Hùng | Bí thư Tỉnh ủy
					đề nghị kỷ luật đối với đồng chí Tất Văn Bình, Phó Bí thư Thường trực Thành ủy | Tất Văn Bình | Phó Bí thư Thường trực Thành ủy
					Chiều 6/8, đồng chí Nguyễn Thị Hoa, UVT.Ư Đảng, Bí thư Tỉnh ủy chủ trì hội nghị | Nguyễn Thị Hoa | UVT.Ư Đảng; Bí thư Tỉnh ủy
					đồng chí Trần Văn Nam, Ủy viên Bộ Chính trị, Thường trực Tiểu ban Văn kiện dự hội nghị | Trần Văn Nam | Ủy viên Bộ Chính trị; Thường trực Tiểu ban Văn kiện
					Phát biểu bế mạc, đ/c Trần Văn Hải - UV Bộ Chính trị, Bí thư TW Đảng đánh giá cao ý kiến | Trần Văn Hải | UV Bộ Chính trị; Bí thư TW Đảng
					bà Nguyễn Thị Kim Ngân (nguyên Phó chủ tịch và Chủ tịch Quốc hội) đều đứng đầu | Nguyễn Thị Kim Ngân | nguyên Phó chủ tịch và Chủ tịch Quốc hội
					Bí thư Trung ương Đảng, Trưởng ban Chính sách, chiến lược Trung ương Trần Lưu Quang phát biểu | Trần Lưu Quang | Bí thư Trung ương Đảng; Trưởng ban Chính sách, chiến lược Trung ương
					đồng chí Trần Lưu Quang, Bí thư Trung ương Đảng, Trưởng ban Chính sách, chiến lược Trung ương phát biểu | Trần Lưu Quang | Bí thư Trung ương Đảng; Trưởng ban Chính sách, chiến lược Trung ương
					Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng dự lễ | Nguyễn Văn Hùng | Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch
					ông Nguyễn Văn Hùng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, cho biết | Nguyễn Văn Hùng | Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch
					ông Lê Văn Thành, Bí thư Tỉnh ủy, tại buổi làm việc với Bộ Ngoại giao | Lê Văn Thành | Bí thư Tỉnh ủy
					Sáng 5/9, tại trụ sở Trung ương, Bộ trưởng Lê Văn Thành chủ trì | Lê Văn Thành | Bộ trưởng
					ông Lê Văn Thành, Bí thư Tỉnh ủy, nhấn mạnh việc xây dựng Đảng | Lê Văn Thành | Bí thư Tỉnh ủy
					Dự hội nghị có Tổng Bí thư, Chủ tịch nước Tô Lâm và lãnh đạo các ban | Tô Lâm | Tổng Bí thư; Chủ tịch nước
					Phiên họp do Ủy viên Bộ Chính trị, Chủ tịch nước Lương Cường chủ trì | Lương Cường | Ủy viên Bộ Chính trị; Chủ tịch nước
					Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ | Lê Hoài Trung | Quyền Bộ trưởng Bộ Ngoại giao
					đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Chủ tịch Hội đồng Lý luận Trung ương truyền đạt chuyên đề | Nguyễn Xuân Thắng | Ủy viên Bộ Chính trị; Chủ tịch Hội đồng Lý luận Trung ương
					đồng chí Vương Văn Khôi, sinh ngày 12/3/1968, Thành ủy viên, Bí thư Quận ủy phát biểu | Vương Văn Khôi | Thành ủy viên; Bí thư Quận ủy
					đồng chí Lê Minh Hưng, Chánh Văn phòng Trung ương Đảng giữ chức Trưởng Ban Tổ chức Trung ương | Lê Minh Hưng | Chánh Văn phòng Trung ương Đảng; Trưởng Ban Tổ chức Trung ương
					đồng chí Nguyễn Mạnh Hùng, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Thông tin và Truyền thông thôi giữ chức Bí thư | Nguyễn Mạnh Hùng | Bí thư Ban cán sự đảng; Bộ trưởng Bộ Thông tin và Truyền thông
					đồng chí Võ Văn Thưởng, Bí thư T.Ư Đảng, Trưởng Ban Tuyên giáo T.Ư phát biểu | Võ Văn Thưởng | Bí thư T.Ư Đảng; Trưởng Ban Tuyên giáo T.Ư
					Tiến sĩ Vũ Ngọc Lương, Trưởng khoa Lịch sử Đảng, Học viện Báo chí và Tuyên truyền | Vũ Ngọc Lương | Tiến sĩ; Trưởng khoa Lịch sử Đảng
					có Tổng Giám đốc Đài Tiếng nói Việt Nam Đỗ Tiến Sỹ và các nhà báo | Đỗ Tiến Sỹ | Tổng Giám đốc Đài Tiếng nói Việt Nam
					ông Lê Văn Minh, Phó Trưởng ban chỉ đạo phòng chống thiên tai của tỉnh, cho biết | Lê Văn Minh | Phó Trưởng ban chỉ đạo phòng chống thiên tai của tỉnh
					đồng chí PHAN VĂN PHỤNG, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu | Phan Văn Phụng | Ủy viên Ban Thường vụ Tỉnh ủy; Trưởng Ban Tổ chức Tỉnh ủy
					Trưởng đoàn đại biểu Quốc hội thành phố Bùi Thị Minh Hoài phát biểu | Bùi Thị Minh Hoài | Trưởng đoàn đại biểu Quốc hội thành phố
					khiển trách đối với ông Phạm Đình Minh, Chủ tịch UBND huyện Thạch Thành, nguyên Phó Chánh văn phòng UBND tỉnh | Phạm Đình Minh | Chủ tịch UBND huyện Thạch Thành; nguyên Phó Chánh văn phòng UBND tỉnh
					ông Nguyễn Chiến Thắng, nguyên Phó Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh đã bị kỷ luật | Nguyễn Chiến Thắng | nguyên Phó Bí thư Tỉnh ủy; nguyên Chủ tịch UBND tỉnh
					ông Đào Công Thiên, tỉnh ủy viên, Phó chủ tịch UBND tỉnh và ông | Đào Công Thiên | tỉnh ủy viên; Phó chủ tịch UBND tỉnh
					ông Phạm Đăng Quyền, Phó chủ tịch UBND tỉnh vì những sai phạm liên quan | Phạm Đăng Quyền | Phó chủ tịch UBND tỉnh
					ông Nguyễn Xuân Ký (Phó Chủ tịch Thường trực HĐND tỉnh) phát biểu | Nguyễn Xuân Ký | Phó Chủ tịch Thường trực HĐND tỉnh
					đồng chí Kim Quốc Tuấn – Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy | Kim Quốc Tuấn | Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy
					Bí thư Huyện ủy Mỹ Đức Bạch Liên Hương phát biểu | Bạch Liên Hương | Bí thư Huyện ủy Mỹ Đức
					Tổng Bí thư tiếp Tổng thống Hoa Kỳ Donald Trump tại Phủ Chủ tịch | Donald Trump | Tổng thống Hoa Kỳ
					Bộ trưởng tiếp Đại sứ Australia Craig Chittick chào từ biệt | Craig Chittick | Đại sứ Australia
					""")
	void nameAndTitleChain(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		List<String> expected = (titles != null) ? Arrays.asList(titles.split("\\s*;\\s*")) : List.of();
		assertThat(found).containsExactly(new PersonMention(name, expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Chiều 4/9, tại Trụ sở Bộ Ngoại giao, Đoàn Kiểm tra số 1477 của Ban Bí thư đã làm việc
			Tham dự buổi làm việc có các đồng chí thành viên Đoàn Kiểm tra gồm đại diện của Ban Dân vận Trung ương
			Đoàn Chủ tọa hội nghị trực tuyến toàn quốc triển khai chương trình hành động
			Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 - 2021
			Từ ngày 4 - 5/5, tại Tuyên Quang, Đảng ủy Bộ Ngoại giao đã tổ chức
			tại phòng họp số 1, trụ sở Bộ (số 8 Tôn Thất Thuyết, phường Cầu Giấy, Hà Nội)
			Bí thư Thành ủy Hà Nội phát biểu tại hội trường Diên Hồng
			Bí thư, Phó Bí thư Đoàn Thanh niên các cơ quan dự hội nghị
			Theo Google News và Vietnam Airlines, chuyến bay đã cất cánh
			""")
	void organisationsPlacesAndStreetsAreNoPersons(String sentence) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).isEmpty();
	}

	@Test
	void aNameInsideAnInstitutionIsNoPerson() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"do ông Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Chủ tịch Hội đồng Lý luận Trung ương, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh làm trưởng đoàn")));
		assertThat(found).extracting(PersonMention::name).containsExactly("Nguyễn Xuân Thắng");
		assertThat(found.get(0).titles()).containsExactly("Ủy viên Bộ Chính trị",
				"Chủ tịch Hội đồng Lý luận Trung ương", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh");
	}

	@Test
	void aGroupHeadersTitlesGoToEveryoneListedAfterItsColon() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"Cùng dự có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước Nguyễn Xuân Phúc, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Quốc hội Vương Đình Huệ")));
		assertThat(found).containsExactly(
				new PersonMention("Nguyễn Xuân Phúc", List.of("Ủy viên Bộ Chính trị", "Chủ tịch nước")),
				new PersonMention("Phạm Minh Chính", List.of("Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ")),
				new PersonMention("Vương Đình Huệ", List.of("Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội")));
	}

	@Test
	void aGroupHeaderEndsAtTheNextHeaderOrTheSentence() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"Dự có các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương; Nguyễn Duy Ngọc, Chủ nhiệm Ủy ban Kiểm tra Trung ương; các đồng chí Ủy viên Trung ương Đảng: Hồ Đức Phớc, Phó Thủ tướng. Đồng chí Lê Văn Thành phát biểu.",
				"Các Phó Thủ tướng Chính phủ: Lê Minh Khái, Trần Hồng Hà; Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng tham dự.")));
		assertThat(found).containsExactly(
				new PersonMention("Lê Minh Hưng",
						List.of("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương")),
				new PersonMention("Nguyễn Duy Ngọc",
						List.of("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng",
								"Chủ nhiệm Ủy ban Kiểm tra Trung ương")),
				new PersonMention("Hồ Đức Phớc", List.of("Ủy viên Trung ương Đảng", "Phó Thủ tướng")),
				new PersonMention("Lê Văn Thành", List.of()),
				new PersonMention("Lê Minh Khái", List.of("Phó Thủ tướng Chính phủ")),
				new PersonMention("Trần Hồng Hà", List.of("Phó Thủ tướng Chính phủ")),
				new PersonMention("Nguyễn Văn Thắng", List.of("Bộ trưởng Bộ Tài chính")));
	}

	@Test
	void aListOfBareNamesUnderAGroupHeaderEndsAtTheFirstNameWithATitleOfItsOwn() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"Dự họp có các Phó Thủ tướng Chính phủ: Lê Minh Khái, Vũ Đức Đam, Bộ trưởng Bộ Quốc phòng Phan Văn Giang, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Đỗ Văn Chiến.")));
		assertThat(found).containsExactly(new PersonMention("Lê Minh Khái", List.of("Phó Thủ tướng Chính phủ")),
				new PersonMention("Vũ Đức Đam", List.of("Phó Thủ tướng Chính phủ")),
				new PersonMention("Phan Văn Giang", List.of("Bộ trưởng Bộ Quốc phòng")),
				new PersonMention("Đỗ Văn Chiến", List.of("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")));
	}

	@Test
	void aForeignLeadersNameEndsTheChainOfTitlesThatAreHis() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"nhận lời mời của Tổng Bí thư Đảng Nhân dân Cách mạng Lào, Chủ tịch nước CHDCND Lào Bounhang Volachith, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Nguyễn Phú Trọng sẽ thăm Lào")));
		assertThat(found).containsExactly(
				new PersonMention("Bounhang Volachith",
						List.of("Tổng Bí thư Đảng Nhân dân Cách mạng Lào", "Chủ tịch nước CHDCND Lào")),
				new PersonMention("Nguyễn Phú Trọng",
						List.of("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")));
	}

	@Test
	void titlesFromLaterMentionsAreAdded() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì hội nghị.",
				"Phát biểu kết luận, đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư nhấn mạnh.",
				"Thường trực Ban Bí thư Trần Cẩm Tú tặng hoa.", "Quyền Bộ trưởng Ngoại giao Lê Hoài Trung tiếp Đại sứ.",
				"Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung cảm ơn Đại sứ.")));
		assertThat(found).containsExactly(
				new PersonMention("Trần Cẩm Tú",
						List.of("Ủy viên Bộ Chính trị", "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
								"Thường trực Ban Bí thư")),
				new PersonMention("Lê Hoài Trung", List.of("Quyền Bộ trưởng Bộ Ngoại giao")));
	}

	@Test
	void aPluralTitleIsSharedByTheNamesListedAfterIt() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"Dự phiên họp có các Phó Thủ tướng Chính phủ Trần Văn An, Lê Minh Bảo, Nguyễn Thị Cúc và Đỗ Văn Dũng; lãnh đạo các bộ, ngành.")));
		assertThat(found).extracting(PersonMention::name)
			.containsExactly("Trần Văn An", "Lê Minh Bảo", "Nguyễn Thị Cúc", "Đỗ Văn Dũng");
		assertThat(found).allSatisfy((p) -> assertThat(p.titles()).containsExactly("Phó Thủ tướng Chính phủ"));
	}

	@Test
	void aSingularTitleIsNotShared() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"Dự phiên họp có Phó Thủ tướng Chính phủ Trần Văn An, Lê Minh Bảo, Nguyễn Thị Cúc và các đại biểu.")));
		assertThat(found).extracting(PersonMention::titles)
			.containsExactly(List.of("Phó Thủ tướng Chính phủ"), List.of(), List.of());
	}

	@Test
	void onePersonHoweverWrittenWithTheRichestChain() {
		String nfd = java.text.Normalizer.normalize("Trương Thị Mai", java.text.Normalizer.Form.NFD);
		List<PersonMention> found = this.extractor.extract(ArticleText
			.of(Fixtures.article("TRƯỞNG BAN DÂN VẬN TRUNG ƯƠNG TRƯƠNG THỊ MAI LÀM VIỆC TẠI BỘ NGOẠI GIAO", null, null,
					List.of("Trưởng ban Dân vận Trung ương " + nfd + " làm việc",
							"do đồng chí Trương  Thị Mai, Ủy viên Bộ Chính trị, Trưởng ban Dân vận Trung ương dẫn đầu",
							"Đồng chí Trương Thị Mai hoan nghênh Bộ Ngoại giao; ông Mai cho biết"),
					List.of())));
		assertThat(found).containsExactly(
				new PersonMention("Trương Thị Mai", List.of("Ủy viên Bộ Chính trị", "Trưởng ban Dân vận Trung ương")));
	}

	@Test
	void aBackReferenceByGivenNameIsNoNewPerson() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"Người đạt tín nhiệm cao thứ hai là Chủ tịch Quốc hội Vương Đình Huệ với 437 phiếu. Đây là lần thứ hai ông Huệ được lấy phiếu tín nhiệm.")));
		assertThat(found).extracting(PersonMention::name).containsExactly("Vương Đình Huệ");
	}

	@Test
	void hardLineBreaksInsideNamesAreJoined() {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(
				"Các đồng chí: Phạm Xuân Thăng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy,\nChủ tịch HĐND tỉnh; Lê Văn Hiệu, Phó Bí thư Thường trực Tỉnh ủy, Trưởng\nĐoàn Đại biểu Quốc hội tỉnh; Nguyễn Thị Ngọc Bích, Ủy viên")));
		assertThat(found).extracting(PersonMention::name)
			.containsExactly("Phạm Xuân Thăng", "Lê Văn Hiệu", "Nguyễn Thị Ngọc Bích");
		assertThat(found.get(1).titles()).containsExactly("Phó Bí thư Thường trực Tỉnh ủy",
				"Trưởng Đoàn Đại biểu Quốc hội tỉnh");
	}

}
