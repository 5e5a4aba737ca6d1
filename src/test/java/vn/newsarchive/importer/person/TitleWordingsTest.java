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
 * One title written two ways in one article, an abbreviation beside its full form ("MTTQ"
 * / "Mặt trận Tổ quốc", "CAND" / "Công an nhân dân", "PCT" / "Phó Chủ tịch") or the
 * people's committee left out ("Chủ tịch tỉnh" / "Chủ tịch UBND tỉnh"), is one title,
 * kept in its fullest wording (issue 17, sessions 11 to 13's unseen excerpts; session 14:
 * "Hội NDVN" / "Hội Nông dân Việt Nam"; session 15: "tân" (newly appointed) beside the
 * plain wording, "tân Giám đốc …" / "Giám đốc …", is one post, kept plain; session 19:
 * "tân" alone is no part of the post either — a tenure of "tân Bí thư" beside one of "Bí
 * thư" would split one post in two, and the hand labels of three unseen sets leave it
 * out). Sentences of our own.
 */
class TitleWordingsTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ông Đỗ Văn Lâm, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu. Ông Đỗ Văn Lâm, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh cho biết thêm. | Đỗ Văn Lâm | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
					Chủ tịch tỉnh Hà Nam Lê Văn Bình dự họp. Ông Lê Văn Bình, Chủ tịch UBND tỉnh Hà Nam phát biểu. | Lê Văn Bình | Chủ tịch UBND tỉnh Hà Nam
					Thiếu tướng Trần Văn Sơn, Tư lệnh Cảnh sát cơ động CAND dự họp. Thiếu tướng Trần Văn Sơn, Tư lệnh Cảnh sát cơ động Công an nhân dân phát biểu. | Trần Văn Sơn | Thiếu tướng; Tư lệnh Cảnh sát cơ động Công an nhân dân
					PCT UBND tỉnh Lê Văn Khoa dự họp. Ông Lê Văn Khoa, Phó Chủ tịch UBND tỉnh phát biểu. | Lê Văn Khoa | Phó Chủ tịch UBND tỉnh
					Ông Lê Văn Khoa, Chủ tịch HĐND tỉnh dự họp. Ông Lê Văn Khoa, Chủ tịch UBND tỉnh phát biểu. | Lê Văn Khoa | Chủ tịch HĐND tỉnh; Chủ tịch UBND tỉnh
					Tân Giám đốc Công an tỉnh Kon Tum Lê Văn Thắng phát biểu. Ông Lê Văn Thắng được bổ nhiệm giữ chức Giám đốc Công an tỉnh Kon Tum. | Lê Văn Thắng | Giám đốc Công an tỉnh Kon Tum
					Ông Lê Văn Thắng, Phó Giám đốc Sở Tài chính được bổ nhiệm giữ chức Giám đốc Sở Tài chính. Tân Giám đốc Sở Tài chính Lê Văn Thắng phát biểu. | Lê Văn Thắng | Phó Giám đốc Sở Tài chính; Giám đốc Sở Tài chính
					Ông Lý Văn Hòa, tân Bí thư Huyện ủy, phát biểu nhận nhiệm vụ | Lý Văn Hòa | Bí thư Huyện ủy
					Tân Giám đốc Công an tỉnh Kon Tum Lê Văn Thắng phát biểu tại buổi lễ. | Lê Văn Thắng | Giám đốc Công an tỉnh Kon Tum
					Đại tá Trần Minh Quang, tân Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh nhận nhiệm vụ | Trần Minh Quang | Đại tá; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh
					Bà Vũ Thị Hoa, Phó Chủ tịch Trung ương Hội NDVN dự họp. Bà Vũ Thị Hoa, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam phát biểu. | Vũ Thị Hoa | Phó Chủ tịch Trung ương Hội Nông dân Việt Nam
					""")
	void oneTitleInTwoWordingsIsKeptOnceInItsFullest(String text, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(text)));
		assertThat(found).containsExactly(new PersonMention(name, Arrays.asList(titles.split("\\s*;\\s*"))));
	}

}
