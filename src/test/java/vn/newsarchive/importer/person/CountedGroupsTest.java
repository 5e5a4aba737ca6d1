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
 * person. Sentences of our own.
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
