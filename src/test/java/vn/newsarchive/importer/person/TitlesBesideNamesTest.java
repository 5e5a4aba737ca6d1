package vn.newsarchive.importer.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles beside names in session 17's hold-out (issue 17): a one-word title before "và"
 * and the next name is the first person's ("A, Đảng ủy viên và B, Phó Bí thư …", which
 * gave it to B with the "và"); a People's Council member's post is a title, also with a
 * unit number ("đại biểu HĐND tỉnh đơn vị bầu cử số 5 huyện X"); a title before a name
 * ending in a place whose last word is an honorific ("Chủ tịch UBND huyện Kỳ Anh A").
 * Sentences of our own, after the phenomena met in real articles.
 */
class TitlesBesideNamesTest {

	private final PersonExtractor extractor = new PersonExtractor();

	/**
	 * A one-word title before "và" and the next name is the first person's ("A, Đảng ủy
	 * viên và B, Phó Bí thư …"); a post with a unit number is one title ("đại biểu HĐND
	 * tỉnh đơn vị bầu cử số 5 huyện X").
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Dự buổi trao quyết định có các đồng chí Lò Văn Hải, Đảng ủy viên và Vũ Thị Mai, Phó Bí thư Đảng ủy xã. | Lò Văn Hải | Đảng ủy viên | Vũ Thị Mai | Phó Bí thư Đảng ủy xã
					Đoàn công tác gồm đồng chí Đặng Văn Kiên, Tỉnh ủy viên và đồng chí Mai Thị Hương, Phó Chủ tịch UBND huyện. | Đặng Văn Kiên | Tỉnh ủy viên | Mai Thị Hương | Phó Chủ tịch UBND huyện
					Dự có các đồng chí Lò Văn Hải, Phó Bí thư Đảng ủy và Vũ Thị Mai, Phó Bí thư Đảng ủy xã. | Lò Văn Hải | Phó Bí thư Đảng ủy | Vũ Thị Mai | Phó Bí thư Đảng ủy xã
					Chủ tịch UBND huyện Kỳ Anh Nguyễn Văn Bổng và Bí thư Huyện ủy Lê Thị Hà dự hội nghị. | Nguyễn Văn Bổng | Chủ tịch UBND huyện Kỳ Anh | Lê Thị Hà | Bí thư Huyện ủy
					Bí thư Thị ủy Kỳ Anh Trần Văn Hòa trao quyết định cho ông Phan Văn Nam, Phó Chủ tịch UBND phường. | Trần Văn Hòa | Bí thư Thị ủy Kỳ Anh | Phan Văn Nam | Phó Chủ tịch UBND phường
					Tiếp xúc cử tri có ông Nguyễn Văn Tám, đại biểu HĐND tỉnh đơn vị bầu cử số 5 huyện Long Hồ và bà Phan Thị Cúc, Phó Chủ tịch HĐND huyện. | Nguyễn Văn Tám | đại biểu HĐND tỉnh đơn vị bầu cử số 5 huyện Long Hồ | Phan Thị Cúc | Phó Chủ tịch HĐND huyện
					""")
	void listedTitlesStayWithTheirPerson(String sentence, String first, String firstTitles, String second,
			String secondTitles) {
		TwoPeople.assertFound(this.extractor, sentence, first, firstTitles, second, secondTitles);
	}

}
