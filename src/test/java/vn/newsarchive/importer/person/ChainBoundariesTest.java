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
 * Where a title chain ends (issue 17, the unseen excerpts of session 11): at a verb of
 * reporting, re-election, duty or appointment ("thông báo", "tái đắc cử", "phụ trách",
 * "bổ nhiệm", "thay"); before a term ("nhiệm kỳ 2020 - 2025", "khóa XV"), which says when
 * the post is held and is no title of its own; after a hyphen glued to the name ("A- TUV,
 * …"); and a province whose last word is a family name is no part of the name after it.
 * Session 12's unseen excerpts: a chain ends before "bằng hình thức" (the sanction), a
 * current post after "hiện đang là" is the person's, "Phó Trưởng ban phụ trách Ban …" is
 * one title, and "PCT" (Phó Chủ tịch) opens one. Session 13: "sau sáp nhập" (after the
 * merger) ends a chain and leaves the appointment after it to the person; a place after a
 * comma ("…, tỉnh Quảng Ninh, hiện đang là …") is no part of a title; "Q.2" is no
 * sentence end; an abbreviation in parentheses ("Chủ nhiệm (UBKT) Tỉnh ủy") does not end
 * a title; "mới" after a place (a province new after a merger) is no part of the post.
 * Session 15: "chủ trị" (the chair verb with its tone mark slipped) ends a chain like
 * "chủ trì"; "cho" ends the chain before a name ("bàn giao nhiệm vụ Chính ủy cho Đại tá
 * A": the post handed over is not yet A's title before the name); the post re-elected to
 * after the chain ("A, Tư lệnh Quân khu 5 tái đắc cử Phó Bí thư …") is the person's too,
 * as the lead decided (see {@code ElectedTitleTest}). Session 17: a chain ends at "đọc"
 * (reads out a report) and "và đại diện" (the representatives with the person); a chain
 * read back from a name stops at "quyết định" and "điều động", leaving the rank; a birth
 * year in parentheses stands between a name and its chain; a body named between "được"
 * and "tín nhiệm bầu" elects (not one still to come, "để HĐND huyện bầu làm"); a
 * decision's target may follow "với" alone, and "công nhận" gives the post it recognises.
 * Sentences of our own, after the phenomena met in real articles.
 */
class ChainBoundariesTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Trung tướng Lê Văn Hải - Chính ủy Quân khu 9 chủ trị hội nghị. | Lê Văn Hải | Trung tướng; Chính ủy Quân khu 9
					Bộ CHQS tỉnh bàn giao nhiệm vụ Chính ủy cho Đại tá Hà Văn Trung, Phó Chính ủy. | Hà Văn Trung | Đại tá; Phó Chính ủy
					Trung tướng Phạm Văn Hòa, Chính ủy Quân đoàn 3 thông báo kết quả hội nghị lần thứ nhất. | Phạm Văn Hòa | Trung tướng; Chính ủy Quân đoàn 3
					Đại tá Lê Văn Bình, Giám đốc Công an tỉnh thông tin nhanh kết quả đại hội. | Lê Văn Bình | Đại tá; Giám đốc Công an tỉnh
					Thiếu tướng Hoàng Minh Sơn, Tư lệnh Quân khu 5 tái đắc cử Phó Bí thư Đảng ủy Quân khu. | Hoàng Minh Sơn | Thiếu tướng; Tư lệnh Quân khu 5; Phó Bí thư Đảng ủy Quân khu
					Đại tá Ngô Văn Thắng - Phó Giám đốc Công an tỉnh phụ trách Công an tỉnh từ ngày 5/2. | Ngô Văn Thắng | Đại tá; Phó Giám đốc Công an tỉnh
					Giám đốc Công an tỉnh đã trao quyết định của Bộ trưởng Bộ Công an bổ nhiệm thượng tá Trịnh Văn Quý giữ chức vụ Phó Giám đốc Công an tỉnh. | Trịnh Văn Quý | thượng tá; Phó Giám đốc Công an tỉnh
					Đồng chí Lương Văn Toàn- TUV, Bí thư Huyện ủy chủ trì hội nghị. | Lương Văn Toàn | TUV; Bí thư Huyện ủy
					Ông Trịnh Văn Hậu, Bí thư Tỉnh ủy khóa XV, tiếp tục giữ chức Bí thư Tỉnh ủy khóa XVI. | Trịnh Văn Hậu | Bí thư Tỉnh ủy
					Đồng chí Lại Văn Sinh, Phó Giám đốc Sở Nội vụ được chỉ định giữ chức Phó Bí thư Huyện ủy khóa XXI, nhiệm kỳ 2020-2025. | Lại Văn Sinh | Phó Giám đốc Sở Nội vụ; Phó Bí thư Huyện ủy
					Ông Phùng Văn Bắc, Bí thư Thành ủy nhiệm kỳ 2020-2025 được Bộ Chính trị chỉ định giữ chức Bí thư Thành ủy nhiệm kỳ 2025-2030. | Phùng Văn Bắc | Bí thư Thành ủy
					Ông Tạ Văn Long đã tái đắc cử Bí thư Tỉnh ủy Hòa Bình, khóa XVII, nhiệm kỳ 2020-2025. | Tạ Văn Long | Bí thư Tỉnh ủy Hòa Bình
					Bí thư Tỉnh ủy Bắc Ninh Đào Thị Hoa phát biểu tại hội nghị. | Đào Thị Hoa | Bí thư Tỉnh ủy Bắc Ninh
					Phó Bí thư Tỉnh ủy Tây Ninh Hà Văn Quân dự hội nghị. | Hà Văn Quân | Phó Bí thư Tỉnh ủy Tây Ninh
					Đại tá Hồ Văn Tư, Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh chủ trì buổi lễ. | Hồ Văn Tư | Đại tá; Chính ủy; Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh
					Ban Thường vụ Tỉnh ủy thi hành kỷ luật ông Đặng Văn Phúc, Phó Giám đốc Sở Xây dựng bằng hình thức khiển trách. | Đặng Văn Phúc | Phó Giám đốc Sở Xây dựng
					Ban Thường vụ Tỉnh ủy kỷ luật ông Bùi Văn Tình, nguyên Bí thư Huyện ủy Yên Lập, hiện đang là Phó Giám đốc Sở Tài chính bằng hình thức cảnh cáo. | Bùi Văn Tình | nguyên Bí thư Huyện ủy Yên Lập; Phó Giám đốc Sở Tài chính
					Bà Trần Thị Mai, Phó Trưởng ban phụ trách Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết kết quả. | Trần Thị Mai | Phó Trưởng ban phụ trách Ban Tuyên giáo và Dân vận Tỉnh ủy
					Tại điểm cầu tỉnh, PCT UBND tỉnh Lê Văn Khoa dự hội nghị. | Lê Văn Khoa | PCT UBND tỉnh
					Ông Trần Văn Tuấn - Bí thư Tỉnh ủy Yên Bái sau sáp nhập giữ chức Chủ tịch UBND tỉnh Lào Cai. | Trần Văn Tuấn | Bí thư Tỉnh ủy Yên Bái; Chủ tịch UBND tỉnh Lào Cai
					Ban Thường vụ Tỉnh ủy kỷ luật ông Lê Văn Bình, nguyên Chủ tịch UBND thị xã Đông Triều, tỉnh Quảng Ninh, hiện đang là Phó Giám đốc Sở Xây dựng bằng hình thức cảnh cáo. | Lê Văn Bình | nguyên Chủ tịch UBND thị xã Đông Triều; Phó Giám đốc Sở Xây dựng
					Ông Nguyễn Văn Hiếu tái cử chức Bí thư Quận ủy Q.2. | Nguyễn Văn Hiếu | Bí thư Quận ủy Q.2
					Ông Trần Văn Tâm, Chủ nhiệm (UBKT) Tỉnh ủy Sóc Trăng cho biết kết quả. | Trần Văn Tâm | Chủ nhiệm (UBKT) Tỉnh ủy Sóc Trăng
					Bà Hồ Thị Yến giữ chức Phó Bí thư Thường trực Tỉnh ủy Vĩnh Long mới. | Hồ Thị Yến | Phó Bí thư Thường trực Tỉnh ủy Vĩnh Long
					Ông Lê Văn Bình, Trưởng ban Chỉ đạo xây dựng nông thôn mới phát biểu. | Lê Văn Bình | Trưởng ban Chỉ đạo xây dựng nông thôn mới
					# Session 17: "đọc" and "và đại diện" end a chain; a chain read back stops at "quyết định"; a birth
					# year in parentheses; an election by a named body (and none still to come); "với" and "công nhận".
					Đồng chí Lê Văn Hải, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương đọc Tờ trình về công tác cán bộ. | Lê Văn Hải | Ủy viên Bộ Chính trị; Trưởng Ban Tổ chức Trung ương
					Anh Trần Văn Bình, Phó Bí thư Tỉnh đoàn và đại diện các ban Tỉnh đoàn đến thăm đơn vị. | Trần Văn Bình | Phó Bí thư Tỉnh đoàn
					Chủ tịch UBND tỉnh quyết định khen thưởng Đại tá Phạm Văn Đức vì thành tích xuất sắc. | Phạm Văn Đức | Đại tá
					Hội nghị bầu bổ sung đồng chí Vũ Văn Hòa (1980), Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh đoàn vào Ban Bí thư. | Vũ Văn Hòa | Ủy viên Ban Thường vụ; Trưởng Ban Tuyên giáo Tỉnh đoàn
					Bà Nguyễn Thị Hoa, Phó Chủ tịch Hội Nông dân tỉnh được Ban Chấp hành khóa X tín nhiệm bầu giữ chức vụ Chủ tịch Hội Nông dân tỉnh. | Nguyễn Thị Hoa | Phó Chủ tịch Hội Nông dân tỉnh; Chủ tịch Hội Nông dân tỉnh
					Thủ tướng phê chuẩn kết quả miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Hà Nam với ông Trần Văn Sơn. | Trần Văn Sơn | Phó Chủ tịch UBND tỉnh Hà Nam
					Ban Bí thư Trung ương Đoàn quyết định công nhận Bí thư Tỉnh đoàn Hà Tĩnh khóa 18 đối với anh Hồ Văn Nam. | Hồ Văn Nam | Bí thư Tỉnh đoàn Hà Tĩnh
					# Session 17's hold-out: "chủ tọa" (presides, either tone placement) ends a chain as "chủ trì" does.
					Ông Lê Văn Hải, Chủ tịch HĐND tỉnh chủ tọa kỳ họp thứ 9. | Lê Văn Hải | Chủ tịch HĐND tỉnh
					Bà Trần Thị Lan, Phó Chủ tịch HĐND huyện đồng chủ toạ phiên họp. | Trần Thị Lan | Phó Chủ tịch HĐND huyện
					Ông Lê Văn Tâm, Phó Chủ tịch UBND huyện được giới thiệu để HĐND huyện bầu làm Chủ tịch UBND huyện. | Lê Văn Tâm | Phó Chủ tịch UBND huyện
					""")
	void theChainEndsWhereThePostDoes(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, Arrays.asList(titles.split("\\s*;\\s*"))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Bí thư Tỉnh ủy Phan Văn Hùng được Bộ Chính trị chỉ định giữ chức Bí thư Tỉnh ủy Kiên Giang thay ông Lý Văn Tân. | Phan Văn Hùng | Bí thư Tỉnh ủy Kiên Giang | Lý Văn Tân
					""")
	void theOneReplacedGetsNoneOfTheNewPost(String sentence, String name, String titles, String replaced) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, Arrays.asList(titles.split("\\s*;\\s*"))),
				new PersonMention(replaced, List.of()));
	}

}
