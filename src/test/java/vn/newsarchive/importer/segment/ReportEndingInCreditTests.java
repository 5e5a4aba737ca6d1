package vn.newsarchive.importer.segment;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report of several sentences that ends with a photo credit is body, not a caption
 * (issue 17: a one-paragraph report was refused as having no body); a caption is one or
 * two sentences. Text of our own, after the phenomenon met in real articles.
 */
class ReportEndingInCreditTests {

	private final ArticleSegmenter segmenter = new ArticleSegmenter();

	@Test
	void aReportOfSeveralSentencesEndingInACreditIsBody() {
		SegmentedArticle article = segment(
				"Chiều 3/6, đồng chí Trần Văn Nam - Bí thư Tỉnh ủy có buổi làm việc với Bộ Chỉ huy Quân sự tỉnh. Cùng dự có đồng chí Lê Văn Hải - Phó Chủ tịch UBND tỉnh. Về phía Bộ Chỉ huy có Đại tá Hồ Văn Tư - Chỉ huy trưởng. Ảnh: Minh Tâm");
		assertThat(article.body()).containsExactly(
				"Chiều 3/6, đồng chí Trần Văn Nam - Bí thư Tỉnh ủy có buổi làm việc với Bộ Chỉ huy Quân sự tỉnh. Cùng dự có đồng chí Lê Văn Hải - Phó Chủ tịch UBND tỉnh. Về phía Bộ Chỉ huy có Đại tá Hồ Văn Tư - Chỉ huy trưởng.");
		assertThat(article.captions()).isEmpty();
	}

	@Test
	void aCaptionOfTwoSentencesKeepsItsCredit() {
		SegmentedArticle article = segment("""
				Sáng 3/6, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm. Hội nghị do đồng chí Trần Văn Nam chủ trì.

				Đồng chí Trần Văn Nam phát biểu tại hội nghị. Toàn cảnh hội nghị. Ảnh: Minh Tâm

				Hội nghị đã thảo luận và thông qua nghị quyết về nhiệm vụ năm tới.""");
		assertThat(article.captions()).hasSize(1);
		assertThat(article.captions().get(0).credit()).isEqualTo("Minh Tâm");
	}

	private SegmentedArticle segment(String text) {
		return this.segmenter.segment(new TextNormaliser().normalise(text));
	}

}
