package vn.newsarchive.importer.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;

/** The author block under the headline, and what follows the story's end. */
class HeadAndTailTests {

	private final ArticleSegmenter segmenter = new ArticleSegmenter();

	@Test
	void anAuthorWithADegreeAndAPositionLineUnderTheHeadline() {
		SegmentedArticle article = segment(
				"""
						Nâng cao chất lượng hoạt động giám sát của Hội đồng nhân dân cấp tỉnh

						PGS.TS. Trần Văn Minh
						Nguyên Phó Chủ nhiệm Văn phòng Quốc hội
						09:15, ngày 12-05-2022

						TCCS - Hoạt động giám sát là một trong những chức năng quan trọng của Hội đồng nhân dân các cấp, cần được đổi mới.

						Thời gian qua, Hội đồng nhân dân cấp tỉnh đã chú trọng giám sát chuyên đề, tái giám sát và giải trình tại phiên họp.
						""");
		assertThat(article.authors()).containsExactly("Trần Văn Minh");
		assertThat(article.published().value()).isEqualTo("2022-05-12T09:15");
		assertThat(article.source()).isEqualTo("TCCS");
		assertThat(article.lead()).startsWith("Hoạt động giám sát");
		assertThat(article.body()).hasSize(1).allSatisfy((p) -> assertThat(p).startsWith("Thời gian qua"));
	}

	@Test
	void tagLinesBeforeXemThemAreNoByline() {
		SegmentedArticle article = segment(
				"""
						Đổi mới phương thức lãnh đạo của Đảng trong giai đoạn mới

						12-10-2024, 20:05

						Tổng Bí thư có bài viết quan trọng về đổi mới phương thức lãnh đạo, được cán bộ, đảng viên đồng tình, đánh giá cao.

						Thời sự chính trị

						Lê Văn Bình

						Xem thêm
						""");
		assertThat(article.authors()).isEmpty();
		assertThat(article.body()).noneMatch((p) -> p.equals("Thời sự chính trị"));
	}

	@Test
	void whatFollowsTheEndMarkIsNoStory() {
		SegmentedArticle article = segment(
				"""
						Sáng 22/10, Ban Chỉ đạo họp cho ý kiến vào dự thảo báo cáo kiểm điểm sự lãnh đạo của Ban Chấp hành Trung ương.

						Đồng chí chủ trì đề nghị các tổ biên tập tiếp thu ý kiến, sớm hoàn thiện các dự thảo để trình Bộ Chính trị./.

						Thu Hằng

						Trung ương thống nhất nhiều định hướng lớn Tinh thần xuyên suốt của hội nghị là lấy kết quả làm thước đo, lấy kỷ cương làm nền tảng.
						""");
		assertThat(article.authors()).containsExactly("Thu Hằng");
		assertThat(article.body()).hasSize(2).last().asString().endsWith("trình Bộ Chính trị.");
	}

	@Test
	void aCompilersNoteAfterTheBylineName() {
		SegmentedArticle article = segment(
				"""
						Chiều 7/9, Ủy ban Kiểm tra Quân ủy Trung ương họp kỳ thứ 5, xem xét đề nghị thi hành kỷ luật một số tổ chức đảng.

						Chủ nhiệm Ủy ban Kiểm tra yêu cầu các cấp ủy có vi phạm nghiêm túc rút kinh nghiệm.

						Thu Trang (tổng hợp)
						""");
		assertThat(article.authors()).containsExactly("Thu Trang");
		assertThat(article.body()).hasSize(2);
	}

	@Test
	void thePlaceGluedBeforeTheLedeIsNoPartOfIt() {
		SegmentedArticle article = segment("""
				Cao BằngTổng Bí thư làm việc với Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế vùng biên giới.

				Sáng 28/1, Tổng Bí thư và Đoàn công tác Trung ương đã làm việc với Ban Chấp hành Đảng bộ tỉnh Cao Bằng.
				""");
		assertThat(article.body()).first().asString().startsWith("Tổng Bí thư làm việc với");
	}

	@Test
	void aHeadlinePrintedTwiceIsNoLead() {
		SegmentedArticle article = segment(
				"""
						Nhìn lại các cuộc vận động xây dựng, chỉnh đốn Đảng

						Nhìn lại các cuộc vận động xây dựng, chỉnh đốn Đảng

						(BNĐ)- Sáng nay, 9-12, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt nhiệm vụ xây dựng, chỉnh đốn Đảng.

						Đây là cuộc vận động xây dựng, chỉnh đốn Đảng lần thứ bảy trong lịch sử của Đảng, được cán bộ, đảng viên quan tâm.
						""");
		assertThat(article.title()).isEqualTo("Nhìn lại các cuộc vận động xây dựng, chỉnh đốn Đảng");
		assertThat(article.lead()).startsWith("Sáng nay, 9-12");
		assertThat(article.source()).isEqualTo("BNĐ");
		assertThat(article.body()).hasSize(1);
	}

	@Test
	void aPortraitCaptionIsOnlyAnHonorificAndAName() {
		SegmentedArticle article = segment(
				"""
						Trong hai ngày 1-2/12, Ủy ban Kiểm tra Trung ương họp kỳ 50, xem xét vi phạm của ông Trần Văn Bình, nguyên Chủ tịch UBND tỉnh.
						Ông Trần Văn Bình
						Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị xem xét, thi hành kỷ luật đối với ông Trần Văn Bình.
						""");
		assertThat(article.captions()).extracting(Caption::text).containsExactly("Ông Trần Văn Bình");
		assertThat(article.body()).hasSize(2);
	}

	@Test
	void theHeadlineOverTheStampWinsOverMenuLabelsAboveIt() {
		SegmentedArticle article = segment(
				"""
						Tìm kiếm tin tức
						Liên kết website
						Sở, Ban, Ngành
						/ Văn bản mới
						Quy định mới của Bộ Chính trị về chuẩn mực đạo đức của cán bộ, đảng viên
						Ngày cập nhật 28/06/2024

						Ngày 9/5, Bộ Chính trị ban hành Quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới, gồm 6 điều.

						Quy định nêu rõ những điều cán bộ, đảng viên phải làm và không được làm trong công tác và đời sống hằng ngày.
						""");
		assertThat(article.title())
			.isEqualTo("Quy định mới của Bộ Chính trị về chuẩn mực đạo đức của cán bộ, đảng viên");
		assertThat(article.published().value()).isEqualTo("2024-06-28");
		assertThat(String.join(" ", article.body())).doesNotContain("Tìm kiếm", "Liên kết", "Sở, Ban", "Văn bản mới");
	}

	@Test
	void aHeadlineOverACrawlersDateTokenIsNotJoinedToTheStory() {
		SegmentedArticle article = segment(
				"""
						Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ tại Đảng ủy Mặt trận Tổ quốc
						 date 2025-11-04 Sáng 4/11, Đảng ủy Mặt trận Tổ quốc tổ chức Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.

						Tổng Bí thư dự và phát biểu chỉ đạo tại Hội nghị, nêu rõ những nhiệm vụ trọng tâm của Đảng ủy trong thời gian tới.
						""");
		assertThat(article.title()).startsWith("Hội nghị công bố quyết định").endsWith("Mặt trận Tổ quốc");
		assertThat(article.published().value()).isEqualTo("2025-11-04");
		assertThat(article.lead()).startsWith("Sáng 4/11");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PHẠM VĂN NAM\nHọc viện Chính trị khu vực I",
			"ThS. PHẠM VĂN NAM (Học viện Chính trị khu vực I)" })
	void anAuthorInCapitalsUnderTheHeadline(String byline) {
		SegmentedArticle article = segment("Một số điểm mới về công tác kiểm tra, giám sát trong quy định của Đảng\n\n"
				+ byline + "\n\n"
				+ "(GDLL) - Ngày 28/7/2021, Ban Chấp hành Trung ương ban hành quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng.\n\n"
				+ "Quy định có nhiều điểm mới so với các quy định trước đây, nhất là về thẩm quyền và trách nhiệm của các cấp ủy.");
		assertThat(article.authors()).containsExactly("Phạm Văn Nam");
		assertThat(article.source()).isEqualTo("GDLL");
		assertThat(article.lead()).startsWith("Ngày 28/7/2021");
		assertThat(article.body()).containsExactly(
				"Quy định có nhiều điểm mới so với các quy định trước đây, nhất là về thẩm quyền và trách nhiệm của các cấp ủy.");
	}

	@Test
	void aSectionLabelInCapitalsIsNoAuthor() {
		SegmentedArticle article = segment("Một số điểm mới về công tác kiểm tra, giám sát trong quy định của Đảng\n\n"
				+ "XÂY DỰNG ĐẢNG\n\n"
				+ "Ngày 28/7/2021, Ban Chấp hành Trung ương ban hành quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng.\n\n"
				+ "Quy định có nhiều điểm mới so với các quy định trước đây, nhất là về thẩm quyền và trách nhiệm của các cấp ủy.");
		assertThat(article.authors()).isEmpty();
	}

	@Test
	void widgetsLabelsAndLatestNewsAreNoStory() {
		SegmentedArticle article = segment(
				"""
						Ủy ban Kiểm tra Trung ương hướng dẫn quy trình thi hành kỷ luật trong Đảng
						Hà Nội 22 °C
						bi-thu-phat-bieu.jpg
						• Đà Nẵng Hà Nội 24°C
						Thể loại: Xây dựng Đảng

						Ngày 12/3, Ủy ban Kiểm tra Trung ương ban hành hướng dẫn mới về quy trình xem xét, thi hành kỷ luật đảng viên vi phạm, thay thế hướng dẫn trước đây và áp dụng thống nhất trong toàn Đảng, từ cấp cơ sở đến các cấp ủy trực thuộc Trung ương.

						Hướng dẫn quy định rõ trình tự, thủ tục và thẩm quyền của các tổ chức đảng trong từng bước của quy trình.
						Alternate Text
						Tác giả:
						( https://example.vn/huong-dan-quy-trinh-ky-luat.htm )
						Tin mới cập nhật
						- Phát huy vai trò của đại biểu Quốc hội chuyên trách ( 06/06)
						- Xác lập rõ mô hình tổ chức chính quyền địa phương 2 cấp ( 04/06)
						Đăng nhập trước khi gửi bình luận Đăng nhập
						""");
		assertThat(article.title()).startsWith("Ủy ban Kiểm tra Trung ương hướng dẫn");
		assertThat(article.body()).containsExactly(
				"Hướng dẫn quy định rõ trình tự, thủ tục và thẩm quyền của các tổ chức đảng trong từng bước của quy trình.");
	}

	@Test
	void numberedAltTextOverACaptionPrintedTwiceKeepsTheStoryAfterIt() {
		SegmentedArticle article = segment(
				"""
						Ông Nguyễn Văn An tái cử chức Bí thư Huyện ủy Hương Sơn

						(Baohatinh.vn) - Chiều 5/8, Đại hội đại biểu Đảng bộ huyện Hương Sơn lần thứ XXII tiến hành phiên bầu cử với sự tham dự của 300 đại biểu.

						Ông Nguyễn Văn An tái cử chức Bí thư Huyện ủy Hương Sơn ảnh 1
						Đại biểu biểu quyết số lượng Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2015-2020

						Đại biểu biểu quyết số lượng Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2015-2020

						Bước vào phần bầu cử, Đại hội đã bầu 41 đồng chí vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2015-2020.
						""");
		assertThat(article.captions()).extracting(Caption::text)
			.containsExactly("Đại biểu biểu quyết số lượng Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2015-2020");
		assertThat(article.related()).isEmpty();
		assertThat(article.body()).containsExactly(
				"Bước vào phần bầu cử, Đại hội đã bầu 41 đồng chí vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2015-2020.");
	}

	@Test
	void numberedImagesCaptionsAreNoStory() {
		SegmentedArticle article = segment(
				"""
						Huyện ủy quán triệt Nghị quyết Trung ương 8 khóa XI cho cán bộ chủ chốt

						Ngày 18/3/2014, Huyện ủy tổ chức hội nghị quán triệt, triển khai Nghị quyết Trung ương 8 khóa XI cho hơn 300 cán bộ chủ chốt.

						Đ/c Mai Đình Lự - Bí thư Huyện ủy quán triệt nội dung Nghị quyết
						ảnh 2: Quang cảnh hội nghị

						Sau hội nghị, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy tổ chức học tập nghiêm túc.
						""");
		assertThat(article.captions()).extracting(Caption::text)
			.containsExactly("Đ/c Mai Đình Lự - Bí thư Huyện ủy quán triệt nội dung Nghị quyết", "Quang cảnh hội nghị");
		assertThat(article.body()).hasSize(2)
			.noneMatch((paragraph) -> paragraph.contains("Mai Đình Lự") || paragraph.contains("Quang cảnh"))
			.last()
			.isEqualTo("Sau hội nghị, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy tổ chức học tập nghiêm túc.");
	}

	@Test
	void aBylineInCapitalsAboveTheCommentsCounterAndABreadcrumbHeadline() {
		SegmentedArticle article = segment(
				"""
						Home Thời sự Nguyên Tổng Bí thư thăm và làm việc tại tỉnh Hải Dương
						Nguyên Tổng Bí thư thăm và làm việc tại tỉnh Hải Dương

						12 min read

						Ngày 2/4, nguyên Tổng Bí thư đã về thăm và làm việc tại tỉnh Hải Dương, dâng hương tưởng niệm các anh hùng liệt sĩ và gặp gỡ cán bộ lão thành cách mạng của tỉnh.

						Nhân dịp về thăm tỉnh, nguyên Tổng Bí thư đã đến dâng hương tại Khu di tích Côn Sơn - Kiếp Bạc, thăm hỏi gia đình chính sách và trao quà cho các hộ nghèo của hai xã ven sông.

						VŨ ÚY

						(0) Bình luận
						Tỉnh ủy Hải Dương tổng kết công tác xây dựng Đảng năm 2010
						""");
		assertThat(article.title()).isEqualTo("Nguyên Tổng Bí thư thăm và làm việc tại tỉnh Hải Dương");
		assertThat(article.authors()).containsExactly("Vũ Úy");
		assertThat(article.lead()).startsWith("Ngày 2/4");
		assertThat(article.body()).last().asString().startsWith("Nhân dịp về thăm tỉnh");
		assertThat(article.related()).containsExactly("Tỉnh ủy Hải Dương tổng kết công tác xây dựng Đảng năm 2010");
	}

	/**
	 * Session 17's unseen excerpts: a crawler token, the headline and its stamp on one
	 * line give the headline and the stamp; a language switch above the stamp is chrome;
	 * a page cut mid-sentence opens with a long line in lower case, which is text.
	 */
	@Test
	void aHeadlineAfterACrawlerTokenWithItsStampOnOneLine() {
		SegmentedArticle article = segment("""
				 date 2024-03 Tỉnh ủy tổ chức hội nghị quán triệt các nghị quyết mới của Trung ương 12/03/2024 09:41

				Sáng 12/3, Tỉnh ủy tổ chức hội nghị quán triệt các nghị quyết mới của Trung ương cho cán bộ chủ chốt.
				""");
		assertThat(article.title()).isEqualTo("Tỉnh ủy tổ chức hội nghị quán triệt các nghị quyết mới của Trung ương");
		assertThat(article.published().value()).isEqualTo("2024-03-12T09:41");
	}

	@Test
	void aLanguageSwitchAboveTheStampIsChrome() {
		SegmentedArticle article = segment("""
				Tiếng Việt | English

				05/04/2023 - 16:10

				Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai

				Ngày 5/4, Ban Chấp hành Đảng bộ tỉnh họp hội nghị lần thứ mười hai để cho ý kiến về các dự thảo báo cáo.
				""");
		assertThat(article.title()).isEqualTo("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai");
	}

	@Test
	void aPageCutMidSentenceOpensWithItsText() {
		SegmentedArticle article = segment(
				"""
						thống nhất về nội dung và thời gian tổ chức kỳ họp thứ nhất của Hội đồng nhân dân huyện khóa mới; dự kiến kỳ họp sẽ được tổ chức tại hội trường Huyện ủy vào đầu tháng tới, để bầu các chức danh chủ chốt và thông qua nhiều nội dung quan trọng khác.
						V.H
						""");
		assertThat(article.title()).isNull();
		assertThat(article.body()).first().asString().startsWith("thống nhất");
	}

	private SegmentedArticle segment(String text) {
		return this.segmenter.segment(new TextNormaliser().normalise(text));
	}

}
