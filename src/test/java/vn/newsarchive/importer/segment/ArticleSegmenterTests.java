package vn.newsarchive.importer.segment;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomena seen on other sites than the seeds, one small page each. */
class ArticleSegmenterTests {

	private final ArticleSegmenter segmenter = new ArticleSegmenter();

	@Test
	void breadcrumbWeekdayStampAndBylineAtTheEnd() {
		SegmentedArticle article = segment(
				"""
						Trang chủ > Thời sự > Chính trị
						Thứ năm, 5/10/2023, 17:20 (GMT+7)
						Ban Bí thư kỷ luật nguyên Bí thư Tỉnh ủy Bình Thuận
						Ban Bí thư quyết định thi hành kỷ luật bằng hình thức cách chức đối với một cán bộ.
						Chiều 5/10, Ban Bí thư đã họp xem xét, thi hành kỷ luật đối với cán bộ vi phạm và quyết định nhiều vấn đề quan trọng khác của công tác cán bộ.
						Ban Bí thư nhận thấy cán bộ này đã vi phạm nguyên tắc tập trung dân chủ, quy chế làm việc, gây hậu quả rất nghiêm trọng.
						Hoài Thu
						Từ khóa: Ban Bí thư, kỷ luật
						Chia sẻ
						""");
		assertThat(article.title()).isEqualTo("Ban Bí thư kỷ luật nguyên Bí thư Tỉnh ủy Bình Thuận");
		assertThat(article.published().value()).isEqualTo("2023-10-05T17:20");
		assertThat(article.lead()).startsWith("Ban Bí thư quyết định");
		assertThat(article.authors()).containsExactly("Hoài Thu");
		assertThat(article.body()).hasSize(2);
	}

	@Test
	void bulletedHeadlinesAreRelatedTitlesButAListAfterAColonStaysBody() {
		SegmentedArticle article = segment("""
				Bộ Chính trị quyết định về công tác cán bộ

				Ngày 6/3, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã họp và quyết định như sau:

				- Phân công đồng chí Nguyễn Văn An giữ chức Trưởng Ban Tổ chức Trung ương

				- Đồng ý đồng chí Trần Văn Bình thôi giữ chức Phó Trưởng Ban

				Quyết định có hiệu lực từ ngày ký.

				* Toàn văn phát biểu của Tổng Bí thư gửi Hội nghị Quân ủy Trung ương

				- Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 5 ( 05/06)

				- TỶ GIÁ NGOẠI TỆ HÔM NAY

				- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương
				""");
		assertThat(article.related()).containsExactly(
				"Toàn văn phát biểu của Tổng Bí thư gửi Hội nghị Quân ủy Trung ương",
				"Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 5 ( 05/06)");
		assertThat(article.body()).contains("- Phân công đồng chí Nguyễn Văn An giữ chức Trưởng Ban Tổ chức Trung ương",
				"- Đồng ý đồng chí Trần Văn Bình thôi giữ chức Phó Trưởng Ban");
		assertThat(article.related()).noneMatch((title) -> title.contains("TỶ GIÁ"));
		// a document's preamble item stays in the story, with the document it cites
		assertThat(article.body())
			.contains("- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương");
	}

	@Test
	void agencyAfterThePlaceAndCreditUnderTheCaption() {
		SegmentedArticle article = segment(
				"""
						Đảng bộ tỉnh Nghệ An tổng kết công tác xây dựng Đảng năm 2023
						06/01/2024 - 10:15
						Hà Nội (TTXVN) - Ngày 5/1, Đảng bộ tỉnh Nghệ An tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.
						Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.
						Ảnh: Thành Chung
						Năm 2023, Đảng bộ tỉnh đã lãnh đạo thực hiện đạt và vượt nhiều chỉ tiêu quan trọng; công tác xây dựng Đảng được chú trọng.
						Nhiệm vụ trọng tâm năm 2024
						Tỉnh ủy yêu cầu các cấp ủy tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh./.
						THÀNH CHUNG
						Tin cùng chuyên mục
						Hà Tĩnh tổng kết công tác Đảng năm 2023
						05/01/2024
						Quảng Bình triển khai nhiệm vụ năm 2024
						04/01/2024
						""");
		assertThat(article.source()).isEqualTo("TTXVN");
		assertThat(article.lead()).startsWith("Ngày 5/1, Đảng bộ tỉnh Nghệ An");
		assertThat(article.published().value()).isEqualTo("2024-01-06T10:15");
		assertThat(article.captions())
			.containsExactly(new Caption("Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.", "Thành Chung"));
		assertThat(article.authors()).containsExactly("Thành Chung");
		assertThat(article.related()).containsExactly("Hà Tĩnh tổng kết công tác Đảng năm 2023",
				"Quảng Bình triển khai nhiệm vụ năm 2024");
		assertThat(article.body()).containsExactly(
				"Năm 2023, Đảng bộ tỉnh đã lãnh đạo thực hiện đạt và vượt nhiều chỉ tiêu quan trọng; công tác xây dựng Đảng được chú trọng.",
				"Nhiệm vụ trọng tâm năm 2024",
				"Tỉnh ủy yêu cầu các cấp ủy tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.");
	}

	@Test
	void ledeFirstPageWithAgencyPrefixHasNoHeadline() {
		SegmentedArticle article = segment(
				"""
						TTO - Chiều 6/11, Bộ Chính trị đã làm việc với Ban Thường vụ Tỉnh ủy Quảng Ninh về kết quả thực hiện Nghị quyết Đại hội đảng bộ tỉnh.

						Tổng Bí thư đề nghị tỉnh tiếp tục đổi mới mô hình tăng trưởng, phát triển bền vững và bảo vệ môi trường.

						THANH HÀ - MINH ANH
						""");
		assertThat(article.title()).isNull();
		assertThat(article.lead()).isNull();
		assertThat(article.source()).isEqualTo("TTO");
		assertThat(article.authors()).containsExactly("Thanh Hà", "Minh Anh");
		assertThat(article.body().get(0)).startsWith("Chiều 6/11, Bộ Chính trị");
	}

	@Test
	void aLabelledBylineInCapitalsEndsTheStory() {
		SegmentedArticle article = segment(
				"""
						Hội nghị Quân ủy Trung ương quán triệt nghị quyết mới
						QĐND - Sáng 22-8, tại Hà Nội, Quân ủy Trung ương tổ chức hội nghị quán triệt, triển khai thực hiện nghị quyết.
						Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng chủ trì hội nghị và phát biểu chỉ đạo các cơ quan, đơn vị.
						Tin, ảnh: TUẤN HUY - THANH SƠN
						""");
		assertThat(article.authors()).containsExactly("Tuấn Huy", "Thanh Sơn");
		assertThat(article.body()).noneMatch((paragraph) -> paragraph.contains("TUẤN HUY"));
	}

	@Test
	void aMenuItemNamedLikeATailHeaderDoesNotEndTheStory() {
		SegmentedArticle article = segment(
				"""
						Tin mới
						Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 khai mạc
						Sáng 10/1, Ban Chấp hành Đảng bộ tỉnh khai mạc hội nghị lần thứ 15 để đánh giá kết quả năm 2023 và bàn nhiệm vụ năm 2024.
						Hội nghị làm việc trong hai ngày, thảo luận nhiều nội dung quan trọng về công tác xây dựng Đảng và phát triển kinh tế.
						""");
		assertThat(article.title()).isEqualTo("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 khai mạc");
		assertThat(article.body()).hasSize(1);
	}

	@Test
	void aStampGluedToTheHeadlineIsSplitOff() {
		SegmentedArticle article = segment(
				"""
						Ban Chỉ đạo họp phiên thứ nhất về phát triển kinh tế tập thể 03/03/2026 09:05
						(ABC)- Phó Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện dự thảo đề án trình Bộ Chính trị.
						Sáng 3-3, Phó Thủ tướng chủ trì phiên họp thứ nhất của Ban Chỉ đạo về phát triển kinh tế tập thể.
						Các thành viên Ban Chỉ đạo đã thảo luận, góp ý vào dự thảo kế hoạch triển khai của Chính phủ trong năm nay.
						""");
		assertThat(article.title()).isEqualTo("Ban Chỉ đạo họp phiên thứ nhất về phát triển kinh tế tập thể");
		assertThat(article.published().value()).isEqualTo("2026-03-03T09:05");
		assertThat(article.source()).isEqualTo("ABC");
		assertThat(article.lead()).startsWith("Phó Thủ tướng yêu cầu");
		assertThat(article.body()).hasSize(2);
	}

	@Test
	void theBylineStampUnderTheHeadlineBeatsTheClockOfTheTopBar() {
		SegmentedArticle article = segment(
				"""
						Thứ Hai, ngày 11 tháng 03 năm 2019, 10:15:40
						Nâng cao chất lượng đại biểu dân cử ở vùng đồng bào dân tộc
						Thanh Hà và Quốc Việt - 08:30, 05/12/2023
						Vùng đồng bào dân tộc thiểu số có nhiều đại biểu dân cử tiêu biểu, gắn bó với cử tri và tích cực tham gia hoạt động của Hội đồng nhân dân các cấp.
						Tỷ lệ đại biểu là người dân tộc thiểu số trong Quốc hội các khóa gần đây tăng dần và ổn định.
						""");
		assertThat(article.title()).isEqualTo("Nâng cao chất lượng đại biểu dân cử ở vùng đồng bào dân tộc");
		assertThat(article.published().value()).isEqualTo("2023-12-05T08:30");
		assertThat(article.authors()).containsExactly("Thanh Hà", "Quốc Việt");
	}

	@Test
	void aCrawlerTokenWithOnlyTheMonthStatesTheMonth() {
		SegmentedArticle article = segment(
				"""
						 date 2021-08 Phiên họp của Chính phủ về phát triển kinh tế - xã hội đã khai mạc tại Trụ sở Chính phủ.

						Sáng 11/8, phiên họp được tổ chức theo hình thức trực tuyến với các địa phương trên toàn quốc, do Thủ tướng chủ trì.
						""");
		assertThat(article.published().value()).isEqualTo("2021-08");
		assertThat(article.published().inferred()).isFalse();
	}

	private SegmentedArticle segment(String text) {
		return this.segmenter.segment(new TextNormaliser().normalise(text));
	}

}
