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
 * A title given by an election verb right after the name ("tái đắc cử", "được bầu giữ
 * chức", issue 17), ending before a date and its term (session 11: the term says when the
 * post is held, as for an appointed post); a nomination is no election, and after a title
 * chain the chain stands. Session 13: also in a relative clause after the name ("đồng chí
 * A, người vừa đắc cử chức X"). Sentences of our own, after the phenomena met in real
 * articles. Session 15 (a decision of the lead): a post the person is elected to right
 * after the title chain is the person's too ("A, Chỉ huy trưởng, được bầu giữ chức Bí thư
 * Đảng ủy Quân sự tỉnh"; "A - X - đã được tín nhiệm bầu giữ chức Y"): the person holds it
 * from the election on, as every unseen set since session 11 was labelled; session 10 had
 * kept the chain alone. An election still to come ("sẽ được bầu làm", "để HĐND huyện bầu
 * làm") gives no post. Likewise after a post the person holds ("A đang giữ chức vụ X được
 * bầu làm Y").
 */
class ElectedTitleTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ông Đàm Quang Vinh tái đắc cử Bí thư Tỉnh ủy Yên Bái ngày 14/10. | Đàm Quang Vinh | Bí thư Tỉnh ủy Yên Bái
					Bà Tạ Thị Ngọc Mai (SN 1972, quê Hà Nam) tái đắc cử bí thư Huyện ủy ngày 2/9. | Tạ Thị Ngọc Mai | bí thư Huyện ủy
					Chiều 5/6, ông Vương Đình Khải được bầu giữ chức Chủ tịch UBND tỉnh Cao Bằng. | Vương Đình Khải | Chủ tịch UBND tỉnh Cao Bằng
					Ông Cù Minh Đạt đã được bầu làm Phó Bí thư Thường trực Thành ủy nhiệm kỳ 2025 - 2030. | Cù Minh Đạt | Phó Bí thư Thường trực Thành ủy
					Ông Khúc Văn Sơn được giới thiệu để bầu giữ chức Chủ tịch UBND huyện. | Khúc Văn Sơn |
					Kỳ họp miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với đồng chí Lê Văn Châu, người vừa đắc cử chức Bí thư Tỉnh ủy Hậu Giang. | Lê Văn Châu | Bí thư Tỉnh ủy Hậu Giang; Chủ tịch UBND tỉnh
					Đại tá Mạc Văn Tiến, Chỉ huy trưởng, được bầu giữ chức Bí thư Đảng ủy Quân sự tỉnh. | Mạc Văn Tiến | Đại tá; Chỉ huy trưởng; Bí thư Đảng ủy Quân sự tỉnh
					Ông Hà Văn Lộc, Phó Bí thư Huyện ủy, được tín nhiệm bầu giữ chức Bí thư Huyện ủy Tân Lạc. | Hà Văn Lộc | Phó Bí thư Huyện ủy; Bí thư Huyện ủy Tân Lạc
					Bà Lò Thị Hạnh - Phó Chủ tịch Thường trực Hội LHPN tỉnh - đã được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN tỉnh Sơn La, nhiệm kỳ 2021 - 2026. | Lò Thị Hạnh | Phó Chủ tịch Thường trực Hội LHPN tỉnh; Chủ tịch Hội LHPN tỉnh Sơn La
					Trung tướng Lục Văn Minh, Chính ủy Quân khu (nhiệm kỳ 2015-2020) được bầu giữ chức Bí thư Đảng ủy Quân khu nhiệm kỳ 2020-2025. | Lục Văn Minh | Trung tướng; Chính ủy Quân khu; Bí thư Đảng ủy Quân khu
					Đồng chí Triệu Văn Cát - Ủy viên Trung ương Đảng được bầu giữ chức Chủ tịch Hội Nông dân tỉnh. | Triệu Văn Cát | Ủy viên Trung ương Đảng; Chủ tịch Hội Nông dân tỉnh
					Ông Lường Văn Khánh đang giữ chức vụ Phó Bí thư Huyện ủy được bầu làm Bí thư Huyện ủy Mường Lát. | Lường Văn Khánh | Phó Bí thư Huyện ủy; Bí thư Huyện ủy Mường Lát
					Ông Đinh Văn Hào, Phó Chủ tịch UBND huyện, sẽ được bầu làm Chủ tịch UBND huyện. | Đinh Văn Hào | Phó Chủ tịch UBND huyện
					Hội nghị giới thiệu ông Kiều Văn Nam, Trưởng phòng Nội vụ, để HĐND huyện bầu làm Phó Chủ tịch UBND huyện. | Kiều Văn Nam | Trưởng phòng Nội vụ
					""")
	void theElectedTitleIsThePersons(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		List<String> expected = (titles == null) ? List.of() : Arrays.asList(titles.split("\\s*;\\s*"));
		assertThat(found).containsExactly(new PersonMention(name, expected));
	}

}
