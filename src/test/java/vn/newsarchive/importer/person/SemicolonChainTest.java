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
 * A semicolon inside one person's title chain ("A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ
 * tịch HĐND tỉnh; B, …") against a semicolon between people, in lists of disciplined
 * people ("đồng chí A, …; đồng chí B, nguyên …") and in lists with the titles before each
 * name ("Chủ tịch A; Giám đốc …, Trưởng ban … B;") (issue 17). Sentences of our own,
 * after the phenomena met in real articles. Expected: persons split by {@code //}, each
 * {@code name = titles} with the titles split by {@code ;}.
 */
class SemicolonChainTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Dự hội nghị có đồng chí Lò Văn Tiến, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh; đồng chí Hà Thị Lan, Trưởng ban Dân vận Tỉnh ủy. | Lò Văn Tiến = Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh // Hà Thị Lan = Trưởng ban Dân vận Tỉnh ủy
					Cùng dự có các đồng chí: Vi Văn Sơn, Phó Bí thư Tỉnh ủy; Trưởng Đoàn đại biểu Quốc hội tỉnh; Chủ tịch HĐND tỉnh; Nông Thị Hà, Phó Chủ tịch UBND tỉnh. | Vi Văn Sơn = Phó Bí thư Tỉnh ủy; Trưởng Đoàn đại biểu Quốc hội tỉnh; Chủ tịch HĐND tỉnh // Nông Thị Hà = Phó Chủ tịch UBND tỉnh
					Đồng chí Đinh Văn Khoa, Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị. | Đinh Văn Khoa = Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh
					Đồng chí Lương Văn Hải, Bí thư Đảng ủy Quân sự tỉnh; Thiếu tướng Hoàng Văn Nam, Phó Tư lệnh Quân khu 2 cùng dự. | Lương Văn Hải = Bí thư Đảng ủy Quân sự tỉnh // Hoàng Văn Nam = Thiếu tướng; Phó Tư lệnh Quân khu 2
					Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ luật đồng chí Nguyễn Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy; đồng chí Trần Văn Tâm, nguyên Phó Chủ tịch UBND tỉnh. | Nguyễn Văn Bình = Ủy viên Ban Thường vụ Tỉnh ủy; Bí thư Huyện ủy // Trần Văn Tâm = nguyên Phó Chủ tịch UBND tỉnh
					Dự lễ có Chủ tịch UBND tỉnh Phạm Văn Hùng; Giám đốc Sở Nội vụ, Trưởng ban Thi đua tỉnh Đỗ Thị Hoa; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lê Văn Tâm. | Phạm Văn Hùng = Chủ tịch UBND tỉnh // Đỗ Thị Hoa = Giám đốc Sở Nội vụ; Trưởng ban Thi đua tỉnh // Lê Văn Tâm = Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh
					""")
	void aSemicolonEndsAChainOnlyWhereAnotherPersonStarts(String sentence, String expected) {
		List<PersonMention> wanted = Arrays.stream(expected.split("\\s*//\\s*"))
			.map((person) -> person.split("\\s*=\\s*"))
			.map((parts) -> new PersonMention(parts[0], Arrays.asList(parts[1].split("\\s*;\\s*"))))
			.toList();
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).containsExactlyElementsOf(wanted);
	}

}
