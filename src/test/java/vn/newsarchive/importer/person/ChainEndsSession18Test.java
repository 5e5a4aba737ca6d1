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
 * Session 18's set (issue 17): a title followed straight by its sentence's predicate ends
 * there, at an adverb that opens it ("cũng", "đều", "vẫn") or at a working verb ("triển
 * khai"); and a unit's title names the unit, a comma, then the body the unit belongs to
 * ("Phó Vụ trưởng Vụ X, Ban Y Trung ương"), one title whether read before or after the
 * name. Sentences of our own, after the phenomena met in real articles.
 */
class ChainEndsSession18Test {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Bà Trần Thị Mai, Phó Chủ tịch UBND huyện cũng phát biểu tại buổi lễ. | Trần Thị Mai | Phó Chủ tịch UBND huyện
					Ông Đặng Văn Phúc, Chủ tịch UBND xã vẫn giữ nguyên nhiệm vụ cũ. | Đặng Văn Phúc | Chủ tịch UBND xã
					Ông Vi Văn Hưng, Trưởng Ban Dân vận Huyện ủy đều có mặt ở các buổi tiếp dân. | Vi Văn Hưng | Trưởng Ban Dân vận Huyện ủy
					Đồng chí Hà Thị Loan, Phó Bí thư Thường trực Huyện uỷ  triển khai Nghị quyết của Tỉnh ủy. | Hà Thị Loan | Phó Bí thư Thường trực Huyện uỷ
					""")
	void theTitleEndsWhereThePredicateStarts(String sentence, String name, String titles) {
		assertThat(titlesOf(sentence)).containsExactly(mention(name, titles));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Dự hội nghị có: Phó Vụ trưởng Vụ Địa phương 3, Ban Dân vận Trung ương Lê Quang Vinh. | Lê Quang Vinh | Phó Vụ trưởng Vụ Địa phương 3, Ban Dân vận Trung ương
					Tham dự có Cục trưởng Cục Công tác đảng, Bộ Quốc phòng Phạm Văn Sơn. | Phạm Văn Sơn | Cục trưởng Cục Công tác đảng, Bộ Quốc phòng
					Ông Trịnh Minh Quân, Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh phát biểu. | Trịnh Minh Quân | Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh
					Ông Lý Văn Tú, Phó Vụ trưởng Vụ Pháp chế, Chủ tịch Công đoàn cơ quan dự họp. | Lý Văn Tú | Phó Vụ trưởng Vụ Pháp chế; Chủ tịch Công đoàn cơ quan
					""")
	void aUnitsTitleKeepsTheBodyAfterTheComma(String sentence, String name, String titles) {
		assertThat(titlesOf(sentence)).containsExactly(mention(name, titles));
	}

	private List<PersonMention> titlesOf(String sentence) {
		return this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
	}

	private static PersonMention mention(String name, String titles) {
		return new PersonMention(name, Arrays.asList(titles.split("\\s*;\\s*")));
	}

}
