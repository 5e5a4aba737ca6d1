package vn.newsarchive.importer.person;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.newsarchive.importer.Fixtures;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pieces of a title chain met in session 14's unseen excerpts (mass organisations,
 * provincial party committees, the Fatherland Front): "danh dự" (honorary) is no verb
 * "dự" (to attend); "TVTU" (Thường vụ Tỉnh ủy) opens a title as "TUV" does; "gặp mặt",
 * "để" and "và các" end a chain; two heads joined by a dash share the body after them
 * ("Phó Chủ tịch - Tổng Thư ký Hội …"), but a rank before a dash stays a title of its
 * own; "tiếp tục làm" gives the post after it. Sentences of our own, after the phenomena
 * met in real articles.
 */
class ChainPiecesTest {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch danh dự Hội Khuyến học tỉnh dự buổi gặp mặt. | Lê Văn Hòa | Phó Bí thư Tỉnh ủy; Chủ tịch danh dự Hội Khuyến học tỉnh
					Đồng chí Trần Thị Lan, TVTU, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị. | Trần Thị Lan | TVTU; Trưởng Ban Dân vận Tỉnh ủy
					Đồng chí Phạm Văn Long, Bí thư Huyện ủy gặp mặt các cựu chiến binh tiêu biểu. | Phạm Văn Long | Bí thư Huyện ủy
					Dự có ông Ngô Văn Tài, Phó Chủ tịch và các ủy viên Thường trực Ủy ban MTTQ tỉnh. | Ngô Văn Tài | Phó Chủ tịch
					Hội nghị thống nhất giới thiệu ông Đinh Văn Hải, Phó Bí thư Huyện ủy để HĐND huyện bầu làm Chủ tịch UBND huyện. | Đinh Văn Hải | Phó Bí thư Huyện ủy
					Bà Lê Thị Hương, Ủy viên Trung ương Đảng, Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam phát biểu. | Lê Thị Hương | Ủy viên Trung ương Đảng; Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam
					Ông Lê Văn Tám, Đại tá - Giám đốc Công an tỉnh dự họp. | Lê Văn Tám | Đại tá; Giám đốc Công an tỉnh
					Đại hội suy tôn Đại tướng Hoàng Văn Lợi tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh tỉnh. | Hoàng Văn Lợi | Đại tướng; Chủ tịch danh dự Hội Cựu chiến binh tỉnh
					""")
	void theChainHoldsThePieces(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, TwoPeople.titles(titles)));
	}

}
