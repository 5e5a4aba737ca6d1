package vn.newsarchive.importer.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One post given to names listed with "và" or a comma and nothing else between them ("Các
 * đồng chí A và B được bầu làm Phó Bí thư Huyện ủy", "bổ nhiệm Thượng tướng A và Trung
 * tướng B giữ chức Thứ trưởng"): every name of the list holds it, not only the last
 * (issue 17, session 13's unseen excerpts). A name with a chain of its own before the
 * next one is not in that list. Session 15: each name may carry its birth year ("Các ông
 * A sinh năm 1962, B sinh năm 1965 cũng được bầu giữ chức X"). Sentences of our own.
 */
class PostForListedNamesTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Các đồng chí Lê Văn Hòa và Trần Minh Tuấn được bầu làm Phó Bí thư Huyện ủy Hà Trung. | Lê Văn Hòa | Phó Bí thư Huyện ủy Hà Trung | Trần Minh Tuấn | Phó Bí thư Huyện ủy Hà Trung
					Các ông Lê Văn An sinh năm 1962, Phạm Văn Bình sinh năm 1965 cũng được bầu giữ chức Phó Bí thư Huyện ủy. | Lê Văn An | Phó Bí thư Huyện ủy | Phạm Văn Bình | Phó Bí thư Huyện ủy
					Thủ tướng bổ nhiệm Thượng tướng Lê Văn Vĩnh và Trung tướng Võ Văn Lương giữ chức Thứ trưởng Bộ Quốc phòng. | Lê Văn Vĩnh | Thượng tướng; Thứ trưởng Bộ Quốc phòng | Võ Văn Lương | Trung tướng; Thứ trưởng Bộ Quốc phòng
					Ông Lê Văn Hòa, Giám đốc Sở Y tế và ông Trần Minh Tuấn được bầu làm Phó Chủ tịch UBND tỉnh. | Lê Văn Hòa | Giám đốc Sở Y tế | Trần Minh Tuấn | Phó Chủ tịch UBND tỉnh
					Các ông Trần Văn Dũng, Lê Hùng được bầu làm Phó Chủ tịch UBND tỉnh. | Trần Văn Dũng | Phó Chủ tịch UBND tỉnh | Lê Hùng | Phó Chủ tịch UBND tỉnh
					""")
	// session 16: a two-syllable name ("Lê Hùng") ending a list of sure names after "Các
	// ông" is a name of the list, so the election after it is every name's
	void everyListedNameHoldsThePost(String sentence, String first, String firstTitles, String second,
			String secondTitles) {
		TwoPeople.assertFound(this.extractor, sentence, first, firstTitles, second, secondTitles);
	}

}
