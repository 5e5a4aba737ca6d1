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
 * Session 16's unseen excerpts (issue 17): where a chain ends and which wordings give a
 * post. A chain ends at "tới" (arrives to attend), "thôi tham gia" (leaves a body), "hiệp
 * thương" (an election by consultation still to come), "và đoàn …" and "và" before a
 * count ("và 200 đại biểu"); a post is given after "tiếp tục" before an election verb,
 * after "tái đắc cử chức vụ", "(được) đảm nhận chức", "về nhận nhiệm vụ", and across "đến
 * nhận công tác tại [body] để được tiếp nhận, bổ nhiệm"; "LHPN" is "Liên hiệp Phụ nữ" and
 * "Đảng ủy các cơ quan tỉnh" the same body as "Đảng ủy các cơ quan Đảng tỉnh"; a term
 * inside a title ("Đại biểu Quốc hội khóa XV tỉnh X") is no part of it. Sentences of our
 * own, after the phenomena met in real articles.
 */
class ChainEndsSession16Test {

	private final PersonExtractor extractor = new PersonExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Đồng chí Nguyễn Văn Tâm, Phó Chủ tịch UBND tỉnh tới dự hội nghị. | Nguyễn Văn Tâm | Phó Chủ tịch UBND tỉnh
					Quyết định điều động ông Lê Văn Hòa - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Thứ trưởng Bộ Công an thôi tham gia Ban Chấp hành Đảng bộ tỉnh. | Lê Văn Hòa | Ủy viên Trung ương Đảng; Bí thư Tỉnh ủy; Thứ trưởng Bộ Công an
					Bộ Chính trị giới thiệu ông Phạm Văn Hùng, nguyên Bí thư Tỉnh ủy Hậu Giang hiệp thương cử giữ chức vụ Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam. | Phạm Văn Hùng | nguyên Bí thư Tỉnh ủy Hậu Giang
					Dự hội nghị có ông Trần Văn Lâm, Chủ tịch UBND tỉnh Yên Bái và 200 đại biểu. | Trần Văn Lâm | Chủ tịch UBND tỉnh Yên Bái
					Về phía Trung ương có bà Lê Thị Hà, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam và đoàn công tác dự đại hội. | Lê Thị Hà | Phó Chủ tịch Trung ương Hội Nông dân Việt Nam
					Ông Hoàng Văn Nam tiếp tục được bầu làm Chủ tịch UBND tỉnh. | Hoàng Văn Nam | Chủ tịch UBND tỉnh
					Bà Đỗ Thị Lan tiếp tục được đảm nhận chức Chủ tịch HĐND tỉnh. | Đỗ Thị Lan | Chủ tịch HĐND tỉnh
					HĐND tỉnh bầu ông Vũ Văn Thành tái đắc cử chức vụ Chủ tịch UBND tỉnh. | Vũ Văn Thành | Chủ tịch UBND tỉnh
					Theo quyết định, ông Hồ Văn Mạnh về nhận nhiệm vụ Phó Trưởng Ban Kinh tế Trung ương. | Hồ Văn Mạnh | Phó Trưởng Ban Kinh tế Trung ương
					Thành ủy điều động ông Trịnh Văn Lộc - Bí thư Quận ủy quận 3 đến nhận công tác tại UBND thành phố để được tiếp nhận, bổ nhiệm giữ chức Giám đốc Sở Tài chính. | Trịnh Văn Lộc | Bí thư Quận ủy quận 3; Giám đốc Sở Tài chính
					Bà Phan Thị Yến, Chủ tịch Hội LHPN tỉnh dự lễ. Bà Phan Thị Yến, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh phát biểu. | Phan Thị Yến | Chủ tịch Hội Liên hiệp Phụ nữ tỉnh
					Bà Ngô Thị Hạnh, Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh dự đại hội. Phó Bí thư Đảng ủy các cơ quan tỉnh Ngô Thị Hạnh phát biểu. | Ngô Thị Hạnh | Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh
					Đại tá Lý Văn Cường, Đại biểu Quốc hội khóa XV tỉnh Cao Bằng dự đại hội. | Lý Văn Cường | Đại tá; Đại biểu Quốc hội tỉnh Cao Bằng
					HĐND thành phố bầu ông Lê Văn Chương, Bí thư Quận ủy làm thường trực HĐND thành phố. | Lê Văn Chương | Bí thư Quận ủy; thường trực HĐND thành phố
					""")
	void theChainEndsWhereThePostDoes(String sentence, String name, String titles) {
		List<PersonMention> found = this.extractor.extract(ArticleText.of(Fixtures.body(sentence)));
		assertThat(found).containsExactly(new PersonMention(name, Arrays.asList(titles.split("\\s*;\\s*"))));
	}

}
