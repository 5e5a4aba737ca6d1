package vn.newsarchive.importer.segment;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 18's set (issue 17): page furniture taken for the headline. A photo's scene
 * line at the top ("Quang cảnh …", "Toàn cảnh …") is a caption, so a page that opens with
 * one has no headline; a view counter glued to the stamp line ("Lượt xem 812Ngày cập nhật
 * …") leaves it a stamp, so the headline above it is found under a search page's title.
 * Pages of our own.
 */
class HeadlineFurnitureTests {

	private final ArticleSegmenter segmenter = new ArticleSegmenter();

	@Test
	void aSceneLineAtTheTopIsACaptionNotTheHeadline() {
		SegmentedArticle article = segment(
				"""
						Toàn cảnh buổi làm việc

						Chiều 5/9, Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã về công tác chuẩn bị đại hội đảng bộ nhiệm kỳ mới.

						Tại buổi làm việc, Đảng ủy xã đã báo cáo tiến độ xây dựng văn kiện và phương án nhân sự.
						""");
		assertThat(article.title()).isNull();
		assertThat(article.captions()).extracting(Caption::text).contains("Toàn cảnh buổi làm việc");
	}

	@Test
	void aViewCounterOnTheStampLineLeavesItAStamp() {
		SegmentedArticle article = segment(
				"""
						Tìm kiếm tin tức

						Huyện ủy sơ kết công tác xây dựng Đảng sáu tháng đầu năm
						Lượt xem 812Ngày cập nhật 14/07/2023

						Sáng 13/7, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm và triển khai nhiệm vụ thời gian tới.

						Hội nghị đã thảo luận, thống nhất các giải pháp trọng tâm trong sáu tháng cuối năm, nhất là công tác kiểm tra, giám sát và phát triển đảng viên mới.
						""");
		assertThat(article.title()).isEqualTo("Huyện ủy sơ kết công tác xây dựng Đảng sáu tháng đầu năm");
		assertThat(article.published().value()).isEqualTo("2023-07-14");
		assertThat(article.lead()).startsWith("Sáng 13/7");
	}

	private SegmentedArticle segment(String page) {
		return this.segmenter.segment(new TextNormaliser().normalise(page));
	}

}
