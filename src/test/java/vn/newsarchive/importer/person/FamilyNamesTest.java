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

}
