package vn.newsarchive.importer.segment;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines the segmenter read as noise are kept apart, for the editors' preview. */
class DroppedLinesTests {

	private final ArticleSegmenter segmenter = new ArticleSegmenter();

	@Test
	void chromeStampsSlugsAndHeadersAreDroppedAndNothingElse() {
		SegmentedArticle article = segment(
				"""
						chứng khoán
						06/11/2019 19:27
						Ban Dân vận Trung ương làm việc với tỉnh Hòa Bình
						ban dan van trung uong lam viec voi tinh hoa binh
						Chiều 6/11, đoàn công tác của Ban Dân vận Trung ương đã làm việc với Tỉnh ủy Hòa Bình về công tác dân vận.
						Đoàn ghi nhận những kết quả tỉnh đạt được trong công tác dân vận năm 2019 và đề nghị tỉnh tiếp tục phát huy./.
						TIN LIÊN QUAN
						Tỉnh Hòa Bình tổng kết công tác dân vận
						""");
		assertThat(article.body()).isNotEmpty();
		assertThat(article.dropped()).containsExactly("chứng khoán", "06/11/2019 19:27",
				"ban dan van trung uong lam viec voi tinh hoa binh", "TIN LIÊN QUAN");
		assertThat(article.dropped()).doesNotContain(article.title())
			.doesNotContain(article.lead())
			.doesNotContainAnyElementsOf(article.body())
			.doesNotContainAnyElementsOf(article.related());
	}

	@Test
	void aCleanArticleDropsNothing() {
		SegmentedArticle article = segment(
				"""
						Ban Dân vận Trung ương làm việc với tỉnh Hòa Bình

						Chiều 6/11, đoàn công tác của Ban Dân vận Trung ương đã làm việc với Tỉnh ủy Hòa Bình về công tác dân vận.

						Đoàn ghi nhận những kết quả tỉnh đạt được trong công tác dân vận năm 2019.
						""");
		assertThat(article.dropped()).isEmpty();
	}

	private SegmentedArticle segment(String text) {
		return this.segmenter.segment(new TextNormaliser().normalise(text));
	}

}
