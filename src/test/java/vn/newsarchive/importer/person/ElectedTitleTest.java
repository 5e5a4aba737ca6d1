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
 * articles.
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
					Đại tá Mạc Văn Tiến, Chỉ huy trưởng, được bầu giữ chức Bí thư Đảng ủy Quân sự tỉnh. | Mạc Văn Tiến | Đại tá; Chỉ huy trưởng
					""")
	void theElectedTitleIsThePersons(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		List<String> expected = (titles == null) ? List.of() : Arrays.asList(titles.split("\\s*;\\s*"));
		assertThat(found).containsExactly(new PersonMention(name, expected));
	}

}
