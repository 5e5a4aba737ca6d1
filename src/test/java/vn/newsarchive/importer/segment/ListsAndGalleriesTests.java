package vn.newsarchive.importer.segment;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 18's set (issue 17), pages whose headline was not found: a page of one line a
 * paragraph whose lines are mostly photo captions ending in their credit, or mostly the
 * numbered items of a list, looked like hard-wrapped text (lines of modest length that
 * end no sentence), so every line was joined to the next and headline, stamp and lede
 * became one paragraph. A line ending in a credit, or followed by the next item of a
 * list, was not broken by a scraper. Pages of our own.
 */
class ListsAndGalleriesTests {

	private final ArticleSegmenter segmenter = new ArticleSegmenter();

	@Test
	void aPhotoGalleryIsNoHardWrappedText() {
		SegmentedArticle article = segment("""
				Lãnh đạo tỉnh thăm, tặng quà các gia đình chính sách
				20/01/2026 08:00
				Ngày 19/1, đoàn công tác của tỉnh thăm, tặng quà các gia đình chính sách trên địa bàn huyện.
				Ông Hoàng Minh Khoa, Phó Chủ tịch UBND tỉnh tặng quà gia đình chính sách. Ảnh: Hải Yến
				Bà Đỗ Thị Thanh Hương, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thăm hỏi người dân. Ảnh: Hải Yến
				Đồng chí Lường Văn Toản - Bí thư Huyện ủy Mường La cùng đoàn công tác. Ảnh: Hải Yến
				Đồng chí Trịnh Thị Hằng, Phó Trưởng Ban Tuyên giáo Tỉnh ủy dự lễ trao quà. Ảnh: Hải Yến
				Tại các nơi đến, đoàn ân cần thăm hỏi, động viên các gia đình.
				""");
		assertThat(article.title()).isEqualTo("Lãnh đạo tỉnh thăm, tặng quà các gia đình chính sách");
		assertThat(article.published().value()).startsWith("2026-01-20");
		assertThat(article.captions()).extracting(Caption::text)
			.contains("Bà Đỗ Thị Thanh Hương, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thăm hỏi người dân.");
	}

	@Test
	void aNumberedListIsNoHardWrappedText() {
		SegmentedArticle article = segment("""
				Ra mắt Ban Chấp hành Đảng bộ xã Tân Lập khóa I
				08/10/2025 09:00
				Ngày 7/10, Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I đã bầu Ban Chấp hành Đảng bộ xã.
				Ban Thường vụ Đảng ủy xã khóa I gồm:
				1. Đồng chí Hoàng Văn Sơn - Bí thư Đảng ủy xã
				2. Đồng chí Lò Thị Mai - Phó Bí thư Thường trực Đảng ủy xã
				3. Đồng chí Sầm Văn Phúc - Phó Bí thư Đảng ủy, Chủ tịch UBND xã
				4. Đồng chí Vi Thị Hạnh, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã
				Phát biểu nhận nhiệm vụ, đồng chí Hoàng Văn Sơn cảm ơn sự tín nhiệm của các đại biểu.
				""");
		assertThat(article.title()).isEqualTo("Ra mắt Ban Chấp hành Đảng bộ xã Tân Lập khóa I");
		assertThat(article.published().value()).startsWith("2025-10-08");
		assertThat(article.body()).contains("2. Đồng chí Lò Thị Mai - Phó Bí thư Thường trực Đảng ủy xã");
	}

	private SegmentedArticle segment(String page) {
		return this.segmenter.segment(new TextNormaliser().normalise(page));
	}

}
