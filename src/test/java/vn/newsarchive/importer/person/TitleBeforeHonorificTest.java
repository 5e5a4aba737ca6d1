package vn.newsarchive.importer.person;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title written before a name, then a comma and an honorific ("Bí thư Tỉnh ủy Lào Cai,
 * ông A; Bí thư Trung ương Đoàn, anh B tới dự"), is the name's when the title opens its
 * clause; after another name's chain it stays that name's ("Ông A, Bí thư Huyện ủy, ông
 * B"). A body's name in parentheses inside a title before a name ("Vụ trưởng Vụ Báo chí
 * (Ban Tuyên giáo Trung ương) A") does not end it. Session 14's unseen excerpts;
 * sentences of our own.
 */
class TitleBeforeHonorificTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Bí thư Tỉnh ủy Lào Cai, ông Đặng Xuân Phong; Bí thư Trung ương Đoàn, anh Lê Văn Tú tới dự. | Đặng Xuân Phong | Bí thư Tỉnh ủy Lào Cai | Lê Văn Tú | Bí thư Trung ương Đoàn
					Ông Trần Văn Nam, Bí thư Huyện ủy, ông Lê Văn Hai cùng dự. | Trần Văn Nam | Bí thư Huyện ủy | Lê Văn Hai |
					Dự hội nghị có Vụ trưởng Vụ Báo chí (Ban Tuyên giáo Trung ương) Hà Văn Minh; Phó Cục trưởng Cục Báo chí (Bộ TT&TT) Lê Thị Thu. | Hà Văn Minh | Vụ trưởng Vụ Báo chí (Ban Tuyên giáo Trung ương) | Lê Thị Thu | Phó Cục trưởng Cục Báo chí (Bộ TT&TT)
					""")
	void theTitleBeforeTheCommaIsTheNames(String sentence, String first, String firstTitles, String second,
			String secondTitles) {
		TwoPeople.assertFound(this.extractor, sentence, first, firstTitles, second, secondTitles);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, ông Lê Văn Hùng phát biểu. | Lê Văn Hùng | Ủy viên Trung ương Đảng; Bí thư Tỉnh ủy
					Phát biểu tại hội nghị, ông Lê Văn Hùng cảm ơn các đại biểu. | Lê Văn Hùng |
					""")
	void oneName(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, TwoPeople.titles(titles)));
	}

}
