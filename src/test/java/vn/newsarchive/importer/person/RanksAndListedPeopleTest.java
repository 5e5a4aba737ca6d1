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
 * Military and police ranks in title chains, people listed one after another with their
 * own chains, and qualifiers and verbs that bound a title (issue 17). Sentences of our
 * own, after the phenomena met in real articles.
 */
class RanksAndListedPeopleTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Sáng 4/3, Thiếu tướng Hoàng Văn Nam, Phó Tư lệnh Quân khu 2 phát biểu tại hội nghị | Hoàng Văn Nam | Thiếu tướng; Phó Tư lệnh Quân khu 2
					Đại tá Lê Minh Đức, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự họp | Lê Minh Đức | Đại tá; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh
					Buổi lễ có trung tá Phạm Quốc Bảo, Phó Giám đốc Công an tỉnh dự | Phạm Quốc Bảo | trung tá; Phó Giám đốc Công an tỉnh
					Ông Lý Văn Hòa, nguyên Bí thư Huyện ủy, phát biểu tại buổi lễ | Lý Văn Hòa | nguyên Bí thư Huyện ủy
					Đồng chí Trịnh Văn Lợi, Phó Thủ tướng Chính phủ điều hành phiên thảo luận | Trịnh Văn Lợi | Phó Thủ tướng Chính phủ
					""")
	void aRankOrAQualifierOpensTheChainAndAVerbEndsIt(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, Arrays.asList(titles.split("\\s*;\\s*"))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Cùng dự có Thượng tướng Đỗ Văn Hải - Phó Tổng Tham mưu trưởng và Trung tướng Vũ Đình Long - Phó Chủ nhiệm Tổng cục Hậu cần. | Thượng tướng; Phó Tổng Tham mưu trưởng | Trung tướng; Phó Chủ nhiệm Tổng cục Hậu cần
					Dự họp có Thượng tướng Đỗ Văn Hải - Tổng Tham mưu trưởng, Thượng tướng Vũ Đình Long. | Thượng tướng; Tổng Tham mưu trưởng | Thượng tướng
					""")
	void aTitleAfterOnePersonIsNotTheNextOnes(String sentence, String first, String second) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention("Đỗ Văn Hải", Arrays.asList(first.split("\\s*;\\s*"))),
				new PersonMention("Vũ Đình Long", Arrays.asList(second.split("\\s*;\\s*"))));
	}

}
