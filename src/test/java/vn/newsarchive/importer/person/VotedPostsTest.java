package vn.newsarchive.importer.person;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts given by a vote or a decision in the wordings of session 17's hold-out (issue
 * 17): "bầu cử bổ sung chức vụ X … đối với ông A", "hiệp thương cử A … tham gia Ủy viên
 * X, giữ chức vụ Y", "bổ sung Ủy viên X … đối với nguyên Y A và Z B" (each target with
 * its title before the name), a vote's count before the name ("Với 45/45 đại biểu có mặt
 * tán thành, ông A, …, đại biểu X khóa XX, nhiệm kỳ … được bầu giữ chức vụ Y", whose
 * chain goes on past its first term). Sentences of our own, after the phenomena met in
 * real articles.
 */
class VotedPostsTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					HĐND tỉnh đã tiến hành bầu cử bổ sung chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 đối với ông Nguyễn Văn Hùng, Giám đốc Sở Tài chính. | Nguyễn Văn Hùng | Giám đốc Sở Tài chính; Phó Chủ tịch UBND tỉnh
					Kỳ họp bầu cử bổ sung chức vụ Ủy viên UBND huyện đối với bà Lê Thị Thu, Trưởng phòng Tư pháp huyện. | Lê Thị Thu | Trưởng phòng Tư pháp huyện; Ủy viên UBND huyện
					Hội nghị đã hiệp thương cử ông Phạm Văn Đông, Phó Bí thư Huyện ủy, tham gia Ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa XV, giữ chức vụ Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. | Phạm Văn Đông | Phó Bí thư Huyện ủy; Ủy viên Ủy ban MTTQ Việt Nam tỉnh; Chủ tịch Ủy ban MTTQ Việt Nam tỉnh
					Hội nghị hiệp thương cử bà Đào Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ huyện, tham gia Ủy viên Ủy ban MTTQ Việt Nam huyện, giữ chức vụ Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. | Đào Thị Nga | Chủ tịch Hội Liên hiệp Phụ nữ huyện; Ủy viên Ủy ban MTTQ Việt Nam huyện; Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện
					Với 45/45 đại biểu có mặt tán thành, ông Lê Văn Phúc, Phó Bí thư Huyện ủy, đại biểu HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026 được bầu giữ chức vụ Chủ tịch HĐND huyện. | Lê Văn Phúc | Phó Bí thư Huyện ủy; đại biểu HĐND huyện; Chủ tịch HĐND huyện
					Ban Thường vụ Tỉnh ủy chỉ định bổ sung Ủy viên Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 đối với đồng chí Hà Minh Tú, Giám đốc Sở Xây dựng. | Hà Minh Tú | Giám đốc Sở Xây dựng; Ủy viên Ban Chấp hành Đảng bộ tỉnh
					Với 52/52 đại biểu có mặt đồng ý, bà Trương Thị Yến, Ủy viên Ban Thường vụ Tỉnh ủy, đại biểu HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 đã được bầu giữ chức vụ Phó Chủ tịch HĐND tỉnh. | Trương Thị Yến | Ủy viên Ban Thường vụ Tỉnh ủy; đại biểu HĐND tỉnh; Phó Chủ tịch HĐND tỉnh
					""")
	void thePostVotedIsThePersons(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, TwoPeople.titles(titles)));
	}

	/**
	 * Two people elected in one clause: the post after both is each one's ("bầu bà A, X
	 * và ông B, Y giữ chức Z", "Ông A, X và ông B, Y được bầu giữ chức Z"), not when the
	 * first is only named beside the second ("Dự kỳ họp có ông A, X và ông B, Y được bầu
	 * làm Z"); a dismissal followed by "và bầu ông B" leaves A his chain ("miễn nhiệm …
	 * đối với ông A, X và bầu ông B, Y giữ chức Z").
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Hội nghị đã bầu bà Nguyễn Thị Lan, Trưởng Ban Tuyên giáo Huyện ủy và ông Trần Văn Minh, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy giữ chức Phó Bí thư Huyện ủy. | Nguyễn Thị Lan | Trưởng Ban Tuyên giáo Huyện ủy; Phó Bí thư Huyện ủy | Trần Văn Minh | Chủ nhiệm Ủy ban Kiểm tra Huyện ủy; Phó Bí thư Huyện ủy
					Ông Hoàng Văn Tư, Giám đốc Sở Công Thương và ông Bùi Đức Long, Giám đốc Sở Xây dựng được bầu giữ chức Phó Chủ tịch UBND tỉnh. | Hoàng Văn Tư | Giám đốc Sở Công Thương; Phó Chủ tịch UBND tỉnh | Bùi Đức Long | Giám đốc Sở Xây dựng; Phó Chủ tịch UBND tỉnh
					Chiều 12/7, ông Đỗ Quang Huy, Phó Chủ tịch HĐND huyện và bà Lã Thị Hiền, Trưởng ban Pháp chế HĐND huyện được bầu làm Ủy viên Thường trực HĐND tỉnh. | Đỗ Quang Huy | Phó Chủ tịch HĐND huyện; Ủy viên Thường trực HĐND tỉnh | Lã Thị Hiền | Trưởng ban Pháp chế HĐND huyện; Ủy viên Thường trực HĐND tỉnh
					Dự kỳ họp có ông Khổng Văn Bảy, Chánh Văn phòng Huyện ủy và ông Mạc Đình Tuấn, Trưởng phòng Nội vụ được bầu làm Ủy viên UBND huyện. | Khổng Văn Bảy | Chánh Văn phòng Huyện ủy | Mạc Đình Tuấn | Trưởng phòng Nội vụ; Ủy viên UBND huyện
					Ban Bí thư chỉ định bổ sung Ủy viên Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 đối với nguyên Giám đốc Sở Xây dựng Trần Quốc Dũng và Phó Giám đốc Công an tỉnh Lê Hồng Quân. | Trần Quốc Dũng | nguyên Giám đốc Sở Xây dựng; Ủy viên Ban Chấp hành Đảng bộ tỉnh | Lê Hồng Quân | Phó Giám đốc Công an tỉnh; Ủy viên Ban Chấp hành Đảng bộ tỉnh
					Kỳ họp đã miễn nhiệm chức vụ Chủ tịch UBND huyện đối với ông Hoàng Văn Lợi, Phó Bí thư Huyện ủy và bầu ông Vi Văn Sáng, Phó Chủ tịch UBND huyện giữ chức Chủ tịch UBND huyện. | Hoàng Văn Lợi | Phó Bí thư Huyện ủy; Chủ tịch UBND huyện | Vi Văn Sáng | Phó Chủ tịch UBND huyện; Chủ tịch UBND huyện
					""")
	void twoPeopleInOneVote(String sentence, String first, String firstTitles, String second, String secondTitles) {
		TwoPeople.assertFound(this.extractor, sentence, first, firstTitles, second, secondTitles);
	}

}
