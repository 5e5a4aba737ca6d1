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

/**
 * Posts a decision names before "đối với" the person are his (issue 17, session 12's
 * unseen excerpts): an approved election or dismissal ("phê chuẩn kết quả bầu bổ sung
 * chức vụ X, nhiệm kỳ … đối với ông A", "phê chuẩn việc miễn nhiệm X đối với bà B"),
 * posts stripped ("cách chức X … và xóa tư cách Y … đối với ông C", "xóa tư cách chức vụ
 * X giai đoạn …, Y giai đoạn … đối với ông D"); an election still to be held gives
 * nothing. A term ends a title wherever it stands ("Phó Chủ tịch UBND tỉnh nhiệm kỳ
 * 2016-2021 bằng hình thức khiển trách", "các nhiệm kỳ …"). Session 13: "miễn nhiệm chức
 * danh X" and "miễn nhiệm chức X" are dismissals too. Session 16: an election held ("đã
 * thống nhất bầu bổ sung X … đối với đồng chí A") gives X too. Sentences of our own.
 */
class DecisionPostsTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Thủ tướng Chính phủ phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Điện Biên, nhiệm kỳ 2021 - 2026 đối với ông Nguyễn Văn Tiến, Tỉnh ủy viên, Giám đốc Sở Nội vụ. | Nguyễn Văn Tiến | Tỉnh ủy viên; Giám đốc Sở Nội vụ; Phó Chủ tịch UBND tỉnh Điện Biên
					Thủ tướng phê chuẩn kết quả miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2021 - 2026 đối với ông Trần Văn Hưng để nghỉ hưu theo chế độ. | Trần Văn Hưng | Phó Chủ tịch UBND tỉnh Yên Bái
					Thủ tướng quyết định cách chức Chủ tịch UBND huyện Mường Tè nhiệm kỳ 2021-2026 và xóa tư cách Phó Chủ tịch UBND huyện nhiệm kỳ 2016-2021 đối với ông Phạm Văn Lực. | Phạm Văn Lực | Chủ tịch UBND huyện Mường Tè; Phó Chủ tịch UBND huyện
					Thủ tướng thi hành kỷ luật bằng hình thức xóa tư cách chức vụ Giám đốc Sở Y tế giai đoạn 2016 - 2020, Phó Giám đốc Sở Y tế giai đoạn 2012 - 2015 đối với ông Hoàng Minh Đức. | Hoàng Minh Đức | Giám đốc Sở Y tế; Phó Giám đốc Sở Y tế
					Thủ tướng phê chuẩn việc miễn nhiệm Phó Chủ tịch UBND tỉnh Bắc Kạn đối với bà Đinh Thị Hồng. | Đinh Thị Hồng | Phó Chủ tịch UBND tỉnh Bắc Kạn
					UBND tỉnh thực hiện quy trình, thủ tục bầu chức vụ Phó Chủ tịch UBND tỉnh đối với ông Vũ Văn Bình theo quy định. | Vũ Văn Bình |
					Ban Thường vụ Tỉnh ủy thi hành kỷ luật đồng chí Lê Văn Sáu, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 bằng hình thức khiển trách. | Lê Văn Sáu | Tỉnh ủy viên; Phó Chủ tịch UBND tỉnh
					Thủ tướng kỷ luật cảnh cáo ông Đỗ Văn Hòa, nguyên Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu các nhiệm kỳ 2011-2016, 2016-2021. | Đỗ Văn Hòa | nguyên Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu
					Các đại biểu đồng ý miễn nhiệm chức danh Chủ tịch UBND tỉnh khóa V, nhiệm kỳ 2011-2016 đối với ông Trần Văn Sáng. | Trần Văn Sáng | Chủ tịch UBND tỉnh
					Các đại biểu đã thống nhất bầu bổ sung Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với đồng chí Lê Minh Tâm - Giám đốc Sở Tư pháp. | Lê Minh Tâm | Giám đốc Sở Tư pháp; Ủy viên UBND tỉnh
					Hội đồng nhân dân tỉnh miễn nhiệm chức Chủ tịch HĐND tỉnh nhiệm kỳ 2016-2021 đối với đồng chí Huỳnh Văn Tạo, nghỉ hưu theo quy định. | Huỳnh Văn Tạo | Chủ tịch HĐND tỉnh
					""")
	void thePostsTheDecisionNamesAreThePersons(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, titles(titles)));
	}

	/**
	 * Session 15: the decision names a list after "đối với:" ("phê chuẩn kết quả bầu Phó
	 * Chủ tịch UBND tỉnh … đối với: Ông A, ông B và bà C"), and each name of it holds the
	 * post.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Hà Giang nhiệm kỳ 2021 - 2026 đối với: Ông Hầu Văn Lý, ông Trần Đức Quý và bà Hà Thị Minh Hạnh. | Phó Chủ tịch UBND tỉnh Hà Giang | Hầu Văn Lý; Trần Đức Quý; Hà Thị Minh Hạnh
					Thủ tướng Chính phủ phê chuẩn kết quả bầu Phó chủ tịch UBND thành phố Hải Phòng đối với: ông Lê Khắc Nam, bà Nguyễn Thị Hòa, ông Đỗ Mạnh Hiến và ông Nguyễn Văn Tùng. | Phó chủ tịch UBND thành phố Hải Phòng | Lê Khắc Nam; Nguyễn Thị Hòa; Đỗ Mạnh Hiến; Nguyễn Văn Tùng
					""")
	void everyNameListedAfterTheTargetHoldsThePost(String sentence, String post, String names) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactlyElementsOf(
				Arrays.stream(names.split("\\s*;\\s*")).map((n) -> new PersonMention(n, List.of(post))).toList());
	}

	private static List<String> titles(String titles) {
		return (titles == null) ? List.of() : Arrays.asList(titles.split("\\s*;\\s*"));
	}

	/**
	 * Session 16: the decision lists its posts after a colon, each with its own target,
	 * the items apart by semicolons ("phê chuẩn kết quả bầu: X khóa XV đối với ông A kể
	 * từ ngày …; Y khóa XV đối với bà B …"): each item's post is its own target's.
	 */
	@Test
	void eachItemOfAListedDecisionGivesItsPostToItsTarget() {
		TwoPeople.assertFound(this.extractor,
				"Chủ tịch Quốc hội đã phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh Lai Châu khóa XV đối với ông Trần Văn Dũng kể từ ngày 20/6/2021; Chủ tịch HĐND tỉnh Sơn La khóa XV đối với bà Phạm Thị Hoa kể từ ngày 22/6/2021.",
				"Trần Văn Dũng", "Chủ tịch HĐND tỉnh Lai Châu", "Phạm Thị Hoa", "Chủ tịch HĐND tỉnh Sơn La");
	}

}
