package vn.newsarchive.importer.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ê Đê names put the clan last: "Y" opens a man's name and "H'" a woman's, and the name
 * runs to a clan name of {@code clan-names-after.txt} (issue 17); "H’" and "H'" are one
 * spelling. Sentences of our own.
 */
class HighlandNamesTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí Y Biêr Niê, Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị | Y Biêr Niê
			bà H'Hen Niê, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh cho biết | H'Hen Niê
			Bà H’Linh Mlô, Trưởng Ban Dân vận Huyện ủy dự họp | H'Linh Mlô
			Đồng chí Y Thanh Hà Niê Kđăm, Chủ nhiệm Ủy ban Dân tộc dự | Y Thanh Hà Niê Kđăm
			ông Y Nuê Buôn Ya, Chủ tịch UBND huyện báo cáo | Y Nuê Buôn Ya
			Bí thư Tỉnh ủy Đắk Lắk Y Biêr Niê chủ trì hội nghị | Y Biêr Niê
			Y Khoa Êban, Bí thư Đảng ủy xã, đã trao quyết định | Y Khoa Êban
			""")
	void anEdeNameRunsFromItsOpenerToItsClan(String sentence, String name) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).extracting(PersonMention::name)
			.containsExactly(name);
	}

	/** "Y" or "H" that opens no name: no clan name ends the run. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ngành Y Tế tỉnh đã triển khai kế hoạch tiêm chủng.
			Trung tâm Y Tế Dự Phòng tỉnh báo cáo kết quả.
			Trường Đại học Y Dược Tây Nguyên tổ chức lễ khai giảng.
			Đoàn đã thăm Buôn Ma Thuột và Buôn Đôn trong hai ngày.
			Y Tá Trưởng Bệnh viện được khen thưởng.
			""")
	void aCapitalYWithoutAClanIsNoPerson(String sentence) {
		assertThat(this.extractor.extract(ArticleText.of(Fixtures.body(sentence)))).isEmpty();
	}

}
