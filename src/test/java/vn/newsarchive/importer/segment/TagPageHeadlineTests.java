package vn.newsarchive.importer.segment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tag page's tags above the headline ("#Ủy ban Kiểm tra Tỉnh ủy"), missed in every
 * unseen set since session 13 and in session 17's hold-out: a line opening with "#" and a
 * letter is chrome, so the headline under it is found. Pages of our own.
 */
class TagPageHeadlineTests {

	private static final String PAGE = """
			Ủy ban Kiểm tra Huyện ủy xem xét, đề nghị thi hành kỷ luật hai đảng viên

			Ngày 12/6, Ủy ban Kiểm tra Huyện ủy tổ chức kỳ họp thứ 14 để xem xét, đề nghị thi hành kỷ luật đảng viên vi phạm.

			Tại kỳ họp, Ủy ban đã xem xét báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm đối với hai đảng viên.
			""";

	private final ArticleSegmenter segmenter = new ArticleSegmenter();

	@ParameterizedTest
	@ValueSource(strings = { "#Ủy ban Kiểm tra Huyện ủy\n\n", "#Kỷ luật đảng viên\n\n#Ủy ban Kiểm tra\n\n",
			"#UBND huyện Đông Sơn\n\n" })
	void theTagsAboveTheHeadlineAreChrome(String tags) {
		SegmentedArticle article = this.segmenter.segment(new TextNormaliser().normalise(tags + PAGE));
		assertThat(article.title())
			.isEqualTo("Ủy ban Kiểm tra Huyện ủy xem xét, đề nghị thi hành kỷ luật hai đảng viên");
		assertThat(article.lead()).startsWith("Ngày 12/6");
	}

}
