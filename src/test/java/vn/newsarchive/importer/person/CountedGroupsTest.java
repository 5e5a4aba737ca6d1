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
 * People listed under one title in other wordings than a "các …:" header (issue 17,
 * session 12's unseen excerpts): a title counted out by "là các ông:" or "là hai đồng
 * chí" ("2 nguyên Chủ tịch UBND tỉnh là các ông: A, B", "Phó Bí thư là hai đồng chí A và
 * B"). A name with a title of its own keeps it alone, and "là ông B" with no count is one
 * person. Session 13's unseen excerpts: a count before the title and "gồm:" after it ("3
 * Phó Bí thư Thành ủy gồm: đồng chí A - X, đồng chí B và đồng chí C"), and the people
 * named in the sentence after a counted title ("bầu 2 Phó Chủ tịch UBND tỉnh. Đó là ông
 * A, …"); a sentence with no counted title before "Đó là" shares nothing. Sentences of
 * our own.
 */
class CountedGroupsTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ban Chấp hành Trung ương kỷ luật khai trừ 2 nguyên Chủ tịch UBND tỉnh là các ông: Trần Văn Lâm, Nguyễn Hữu Thắng. | Trần Văn Lâm | nguyên Chủ tịch UBND tỉnh | Nguyễn Hữu Thắng | nguyên Chủ tịch UBND tỉnh
					Ban Chấp hành đã bầu Ban Thường vụ; Phó Bí thư Đảng ủy Khối là hai đồng chí Lê Thị Hạnh và Phan Văn Đông. | Lê Thị Hạnh | Phó Bí thư Đảng ủy Khối | Phan Văn Đông | Phó Bí thư Đảng ủy Khối
					Dự hội nghị có ông Trần Văn Minh, Giám đốc Sở Tài chính, ông Lê Quốc Hùng, Tỉnh ủy viên. | Trần Văn Minh | Giám đốc Sở Tài chính | Lê Quốc Hùng | Tỉnh ủy viên
					Người kế nhiệm ông Lê Văn Tuấn là ông Nguyễn Văn Chính, Bí thư Thành ủy. | Lê Văn Tuấn | | Nguyễn Văn Chính | Bí thư Thành ủy
					Đại hội bầu 17 ủy viên Ban Thường vụ; 3 Phó Bí thư Thành ủy gồm: đồng chí Trần Văn Lâm - Ủy viên Trung ương Đảng, đồng chí Lê Thị Hoa và đồng chí Phạm Quốc Việt. | Trần Văn Lâm | Phó Bí thư Thành ủy; Ủy viên Trung ương Đảng | Phạm Quốc Việt | Phó Bí thư Thành ủy
					Hội đồng nhân dân tỉnh đã bầu 2 Phó Chủ tịch UBND tỉnh. Đó là ông Hoàng Văn Bình, Giám đốc Sở Tài chính và bà Đinh Thị Hạnh, Chánh Văn phòng UBND tỉnh. | Hoàng Văn Bình | Phó Chủ tịch UBND tỉnh; Giám đốc Sở Tài chính | Đinh Thị Hạnh | Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh
					Quân khu có 4 Phó Tư lệnh được bổ nhiệm từ trước. Đó là Thiếu tướng Vũ Văn Hùng (sinh năm 1966); Đại tá Phan Đức Tâm (sinh năm 1968). | Vũ Văn Hùng | Phó Tư lệnh; Thiếu tướng | Phan Đức Tâm | Phó Tư lệnh; Đại tá
					Ban Thường vụ đã thảo luận về nhân sự. Đó là ông Trần Văn Nam, Giám đốc Sở Y tế và ông Lê Văn Hải. | Trần Văn Nam | Giám đốc Sở Y tế | Lê Văn Hải |
					""")
	void everyoneListedGetsTheSharedTitles(String sentence, String first, String firstTitles, String second,
			String secondTitles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).contains(new PersonMention(first, titles(firstTitles)),
				new PersonMention(second, titles(secondTitles)));
	}

	private static List<String> titles(String titles) {
		return (titles == null) ? List.of() : Arrays.asList(titles.split("\\s*;\\s*"));
	}

}
