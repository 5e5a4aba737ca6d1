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
 * Group headers worded as provincial, army and police sites word them (issue 17): "là"
 * joining two shared titles and "gồm" announcing the list ("các Phó Giám đốc là Ủy viên
 * Ban Thường vụ, gồm: A, B"), and a header that follows another "các" in the same run
 * ("Bí thư Đảng ủy Khối các cơ quan tỉnh, các đồng chí Phó Bí thư: A, B"). Sentences of
 * our own, after the phenomena met in real articles.
 */
class GroupHeaderWordingTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Dự đại hội có các Phó Giám đốc là Ủy viên Ban Thường vụ Đảng ủy, gồm: Đại tá Hoàng Minh Tuấn, Đại tá Phí Văn Quyết. | Hoàng Minh Tuấn | Phó Giám đốc; Ủy viên Ban Thường vụ Đảng ủy; Đại tá | Phí Văn Quyết | Phó Giám đốc; Ủy viên Ban Thường vụ Đảng ủy; Đại tá
					Các Phó Chủ tịch là Tỉnh ủy viên bao gồm: Lò Văn Sình và Đinh Thị Mai Lan. | Lò Văn Sình | Phó Chủ tịch; Tỉnh ủy viên | Đinh Thị Mai Lan | Phó Chủ tịch; Tỉnh ủy viên
					Ông Vũ Đức Tâm, Bí thư Đảng ủy Khối các cơ quan tỉnh, các đồng chí Phó Bí thư Đảng ủy Khối: Ngô Văn Khiêm, Bạch Thị Yến chủ trì. | Ngô Văn Khiêm | Phó Bí thư Đảng ủy Khối | Bạch Thị Yến | Phó Bí thư Đảng ủy Khối
					""")
	void everyoneListedGetsTheHeadersTitles(String sentence, String first, String firstTitles, String second,
			String secondTitles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).contains(new PersonMention(first, titles(firstTitles)),
				new PersonMention(second, titles(secondTitles)));
	}

	private static List<String> titles(String titles) {
		return Arrays.asList(titles.split("\\s*;\\s*"));
	}

}
