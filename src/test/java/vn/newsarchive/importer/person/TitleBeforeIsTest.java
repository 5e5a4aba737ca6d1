package vn.newsarchive.importer.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title, then "là", then the person who holds it ("Bộ trưởng Bộ Quốc phòng là Đại tướng
 * A, Chủ nhiệm Tổng cục Chính trị là Thượng tướng B"): the title is the name's after
 * "là", not the chain of the name before it (issue 17, session 13's unseen excerpts).
 * Sentences of our own.
 */
class TitleBeforeIsTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Bộ trưởng Bộ Quốc phòng là Đại tướng Lê Văn An, Chủ nhiệm Tổng cục Chính trị là Thượng tướng Trần Quốc Bảo. | Lê Văn An | Bộ trưởng Bộ Quốc phòng; Đại tướng | Trần Quốc Bảo | Chủ nhiệm Tổng cục Chính trị; Thượng tướng
					Trưởng Ban Tổ chức Tỉnh ủy là ông Đặng Văn Thạch, Chánh Văn phòng Tỉnh ủy là bà Lê Thị Hiền. | Đặng Văn Thạch | Trưởng Ban Tổ chức Tỉnh ủy | Lê Thị Hiền | Chánh Văn phòng Tỉnh ủy
					Người kế nhiệm ông Lê Văn Tuấn là ông Nguyễn Văn Chính, Bí thư Thành ủy. | Lê Văn Tuấn | | Nguyễn Văn Chính | Bí thư Thành ủy
					""")
	void theTitleBeforeIsBelongsToTheNameAfterIt(String sentence, String first, String firstTitles, String second,
			String secondTitles) {
		TwoPeople.assertFound(this.extractor, sentence, first, firstTitles, second, secondTitles);
	}

}
