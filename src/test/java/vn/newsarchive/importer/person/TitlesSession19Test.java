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
 * Session 18's set, the titles left after tuning (issue 17): a photo caption's position
 * aside between the name and the chain ("A (thứ hai từ trái sang), Bí thư …"); a post
 * held together with another ("X kiêm Y"), two titles; an army post written with its unit
 * abbreviated in one mention and in full in another ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự
 * tỉnh"), one title; and a title cut short where the text breaks off ("nguyên Trưởng ban
 * liên lạc hội"), no title. Sentences of our own, after the phenomena met in real
 * articles.
 */
class TitlesSession19Test {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đồng chí Bùi Thị Quỳnh Vân (thứ hai từ trái sang), Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy trao quyết định. | Bùi Thị Quỳnh Vân | Ủy viên Ban Thường vụ Tỉnh ủy; Trưởng Ban Tổ chức Tỉnh ủy
					Ông Hoàng Minh Khoa (giữa), Phó Chủ tịch UBND tỉnh tặng quà gia đình chính sách. | Hoàng Minh Khoa | Phó Chủ tịch UBND tỉnh
					Đồng chí Lường Văn Toản (đứng giữa) - Bí thư Huyện ủy Mường La cùng đoàn công tác. | Lường Văn Toản | Bí thư Huyện ủy Mường La
					Bà Trịnh Thị Hằng (thứ 3, từ phải sang), Phó Trưởng Ban Tuyên giáo Tỉnh ủy dự lễ. | Trịnh Thị Hằng | Phó Trưởng Ban Tuyên giáo Tỉnh ủy
					Bí thư Tỉnh ủy Nguyễn Hữu Đông (thứ hai từ phải qua) trao quà cho các hộ nghèo. | Nguyễn Hữu Đông | Bí thư Tỉnh ủy
					""")
	void aCaptionsPositionAsideStandsBetweenTheNameAndItsTitles(String sentence, String name, String titles) {
		assertThat(titlesOf(sentence)).containsExactly(mention(name, titles));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đồng chí Lê Văn Hải, Phó Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh trao quyết định. | Lê Văn Hải | Phó Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh
					Ông Hà Công Tuấn, nguyên Bí thư Huyện ủy Mai Châu kiêm Chủ tịch HĐND huyện phát biểu. | Hà Công Tuấn | nguyên Bí thư Huyện ủy Mai Châu; Chủ tịch HĐND huyện
					Đồng chí Vũ Đức Thịnh được điều động, bổ nhiệm giữ chức vụ Chánh Văn phòng Tỉnh ủy kiêm Bí thư Đảng ủy Văn phòng. | Vũ Đức Thịnh | Chánh Văn phòng Tỉnh ủy; Bí thư Đảng ủy Văn phòng
					Trung tướng Nguyễn Văn Nghĩa, Tư lệnh Quân khu 2 kiêm Phó Bí thư Đảng ủy Quân khu phát biểu. | Nguyễn Văn Nghĩa | Trung tướng; Tư lệnh Quân khu 2; Phó Bí thư Đảng ủy Quân khu
					Ông Đào Văn Bình, Giám đốc Sở Tài chính kiêm nhiệm thêm nhiệm vụ mới từ tháng 5. | Đào Văn Bình | Giám đốc Sở Tài chính
					""")
	void aPostHeldAlongsideAnotherIsATitleOfItsOwn(String sentence, String name, String titles) {
		assertThat(titlesOf(sentence)).containsExactly(mention(name, titles));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đại tá Nguyễn Văn Lực, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì hội nghị. | Đại tá Nguyễn Văn Lực, Chỉ huy trưởng Bộ CHQS tỉnh phát biểu kết luận. | Nguyễn Văn Lực | Đại tá; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh
					Thượng tá Lê Minh Tâm, Chính ủy BĐBP tỉnh dự hội nghị. | Thượng tá Lê Minh Tâm, Chính ủy Bộ đội Biên phòng tỉnh phát biểu. | Lê Minh Tâm | Thượng tá; Chính ủy Bộ đội Biên phòng tỉnh
					Đại tá Hà Văn Kiên, Phó Tư lệnh QK2 trao thưởng. | Đại tá Hà Văn Kiên, Phó Tư lệnh Quân khu 2 phát biểu. | Hà Văn Kiên | Đại tá; Phó Tư lệnh Quân khu 2
					Thiếu tướng Trần Văn Hùng, Phó Tư lệnh QK 7 dự lễ. | Thiếu tướng Trần Văn Hùng, Phó Tư lệnh Quân khu 7 phát biểu. | Trần Văn Hùng | Thiếu tướng; Phó Tư lệnh Quân khu 7
					Đại tá Vũ Văn Nam, Chỉ huy trưởng Bộ CHQS tỉnh dự. | Đại tá Vũ Văn Nam, nguyên Chỉ huy trưởng Ban CHQS huyện phát biểu. | Vũ Văn Nam | Đại tá; nguyên Chỉ huy trưởng Ban CHQS huyện; Chỉ huy trưởng Bộ CHQS tỉnh
					""")
	void anArmyPostInTwoWordingsIsOneTitle(String first, String second, String name, String titles) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(first, second))))
			.containsExactly(mention(name, titles));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Dự buổi gặp mặt có ông Vì Văn Sơn, nguyên Trưởng ban liên lạc hội | Vì Văn Sơn |
					Dự buổi gặp mặt có ông Vì Văn Sơn, Bí thư Huyện ủy, nguyên Trưởng ban liên lạc hội… | Vì Văn Sơn | Bí thư Huyện ủy
					Ông Vì Văn Sơn, Chủ tịch hội, cho biết hội có 300 hội viên. | Vì Văn Sơn | Chủ tịch hội
					Dự buổi gặp mặt có ông Vì Văn Sơn, Chủ tịch Hội Cựu chiến binh xã | Vì Văn Sơn | Chủ tịch Hội Cựu chiến binh xã
					""")
	void aTitleCutShortWhereTheTextBreaksOffIsNone(String sentence, String name, String titles) {
		assertThat(titlesOf(sentence)).containsExactly(mention(name, titles));
	}

	/**
	 * Session 19's set: a standing committee's member abbreviated ("UVTV Tỉnh ủy"); an
	 * abbreviation defined inside a title ("Ủy viên Ban Thường vụ (BTV) Tỉnh ủy") is no
	 * part of it; a Central Committee member in the long and the short wording is one
	 * post, kept in the fuller.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đồng chí Lê Văn Bình, UVTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. | | Lê Văn Bình | UVTV Tỉnh ủy; Chủ tịch Ủy ban MTTQ Việt Nam tỉnh
					Dự có đồng chí Đặng Văn Sơn, Ủy viên Ban Thường vụ (BTV) Tỉnh ủy, Phó Chủ tịch HĐND tỉnh. | | Đặng Văn Sơn | Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh
					Trung tướng Vũ Minh Kiên, Ủy viên Ban Chấp hành Trung ương Đảng, Tư lệnh Quân khu 3 dự lễ. | Trung tướng Vũ Minh Kiên, Ủy viên Trung ương Đảng, Tư lệnh Quân khu 3 làm Trưởng đoàn. | Vũ Minh Kiên | Trung tướng; Ủy viên Ban Chấp hành Trung ương Đảng; Tư lệnh Quân khu 3
					Ông Lý Văn Tài, Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam dự. | Ông Lý Văn Tài, Ủy viên Trung ương Đảng phát biểu. | Lý Văn Tài | Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam; Ủy viên Trung ương Đảng
					""")
	void wordingsOfSession19sSet(String first, String second, String name, String titles) {
		List<String> passages = (second == null) ? List.of(first) : List.of(first, second);
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(passages.toArray(String[]::new)))))
			.containsExactly(mention(name, titles));
	}

	private List<PersonMention> titlesOf(String sentence) {
		return this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
	}

	private static PersonMention mention(String name, String titles) {
		return new PersonMention(name, (titles == null) ? List.of() : Arrays.asList(titles.split("\\s*;\\s*")));
	}

}
