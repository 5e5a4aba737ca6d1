package vn.newsarchive.importer.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.newsarchive.importer.ArticleReader;
import vn.newsarchive.importer.decode.UnreadableArticleException;
import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seeds: real scraped articles with their noise kept on purpose. */
class SeedArticleTests {

	private final ArticleReader reader = new ArticleReader();

	@Test
	void seed000SlugLinesRelatedBlockAndTeasers() throws Exception {
		SegmentedArticle article = read("000_c2fa52de5c97c5b3.txt");
		assertThat(article.title())
			.isEqualTo("Trưởng ban Dân vận Trung ương Trương Thị Mai làm việc tại Bộ Ngoại giao");
		assertThat(article.published().value()).isEqualTo("2019-11-06T19:27");
		assertThat(article.published().precision()).isEqualTo(DatePrecision.MINUTE);
		assertThat(article.published().inferred()).isFalse();
		assertThat(article.source()).isEqualTo("TGVN");
		assertThat(article.lead()).startsWith("Chiều 6/11, tại Trụ sở Bộ Ngoại giao").doesNotContain("TGVN");
		assertThat(article.authors()).isEmpty();
		assertThat(article.captions()).extracting(Caption::credit).containsOnly("Tuấn Anh").hasSize(3);
		assertThat(article.captions().get(2).text()).isEqualTo("Toàn cảnh buổi làm việc.");
		assertThat(article.related()).containsExactly(
				"Đoàn Tiểu ban Văn kiện Đại hội Đảng XIII làm việc với Ban cán sự đảng Bộ Ngoại giao",
				"Đoàn kiểm tra của Bộ Chính trị làm việc với Ban cán sự đảng Bộ Ngoại giao",
				"Lấy phiếu tín nhiệm giữa nhiệm kỳ: Gắn kết công tác của Đảng với công tác xây dựng ngành",
				"Bộ Ngoại giao giới thiệu nhân sự tham gia quy hoạch Ban Chấp hành Trung ương nhiệm kỳ 2021-2026",
				"Đảng ủy Bộ Ngoại giao tập huấn về công tác Đảng năm 2018",
				"Hội nghị tổng kết đề án đổi mới phương thức lãnh đạo của Đảng");
		assertThat(article.teasers()).hasSize(4).allMatch((teaser) -> teaser.endsWith("..."));
		assertThat(article.slugHint())
			.isEqualTo("truong ban dan van trung uong truong thi mai lam viec tai bo ngoai giao");
		assertThat(article.body()).hasSize(8);
		assertThat(article.body().get(0)).startsWith("Đoàn Kiểm tra số 1150 của Bộ Chính trị");
		assertThat(article.body().get(7)).startsWith("Trong bối cảnh đất nước");
		assertNoNoise(article);
	}

	@Test
	void seed001CreditWithoutDiacriticsAndBylineAfterTeasers() throws Exception {
		SegmentedArticle article = read("001_6353a3c6be2fbff5.txt");
		assertThat(article.title())
			.isEqualTo("Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo của Ban cán sự đảng Bộ Ngoại giao năm 2019");
		assertThat(article.published().value()).isEqualTo("2020-02-26T19:26");
		assertThat(article.source()).isEqualTo("TGVN");
		assertThat(article.lead()).startsWith("Ngày 26/2, Ban cán sự đảng Bộ Ngoại giao");
		assertThat(article.authors()).containsExactly("Văn Anh");
		assertThat(article.captions()).containsExactly(new Caption(
				"Đồng chí Phạm Bình Minh, Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao, Bí thư Ban cán sự đảng Bộ Ngoại giao chủ trì Hội nghị.",
				"Tuấn Anh"),
				new Caption("Hội nghị kiểm điểm công tác lãnh đạo, chỉ đạo của Ban cán sự đảng Bộ Ngoại giao năm 2019.",
						"Tuấn Anh"));
		assertThat(article.related()).hasSize(5).contains("Ban Cán sự Đảng Chính phủ họp kiểm điểm công tác năm 2018");
		assertThat(article.teasers()).hasSize(3);
		assertThat(article.body()).hasSize(5);
		assertThat(article.body().get(0)).startsWith("Tham dự có đại diện lãnh đạo");
		assertNoNoise(article);
	}

	@Test
	void seed002LeadPrintedTwiceAndCaptionsPrintedTwice() throws Exception {
		SegmentedArticle article = read("002_f11e97fba3507158.txt");
		assertThat(article.title()).isEqualTo("Đảng bộ Bộ Ngoại giao tiếp tục ghi những dấu ấn mới trong năm 2021");
		assertThat(article.published()).isNull();
		assertThat(article.lead()).isEqualTo(
				"Đảng bộ Bộ Ngoại giao tổ chức Hội nghị Tổng kết công tác Đảng năm 2020, đề ra phương hướng, nhiệm vụ năm 2021");
		assertThat(article.source()).isNull();
		assertThat(article.authors()).isEmpty();
		assertThat(article.captions()).hasSize(2).allMatch((caption) -> caption.credit() == null);
		assertThat(article.captions().get(1).text()).startsWith("Đồng chí Bùi Thanh Sơn, Bí thư Đảng ủy Bộ");
		assertThat(article.body()).hasSize(12).noneMatch((paragraph) -> paragraph.equals(article.lead()));
		assertThat(article.body().get(0)).startsWith("Tham dự Hội nghị còn có");
		assertThat(article.body().get(9)).startsWith("Đồng chí Bùi Thanh Sơn, Bí thư Đảng ủy Bộ")
			.contains("khẳng định");
		assertNoNoise(article);
	}

	@Test
	void seed003ChromeBeforeTitleBrokenCaptionAndTheoVgp() throws Exception {
		SegmentedArticle article = read("003_e6474cc7a97b0b07.txt");
		assertThat(article.title())
			.isEqualTo("Gắn kết chặt chẽ xây dựng Đảng với phát triển ngành ngoại giao vững mạnh, toàn diện");
		assertThat(article.published().value()).isEqualTo("2024-09-05T12:00");
		assertThat(article.source()).isEqualTo("VGP");
		assertThat(article.authors()).containsExactly("Minh Ngọc");
		assertThat(article.lead()).startsWith("Chiều 4/9, tại Trụ sở Bộ Ngoại giao");
		assertThat(article.captions()).hasSize(3).extracting(Caption::credit).containsOnly("VGP/Minh Ngọc");
		assertThat(article.captions().get(2).text()).isEqualTo(
				"Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: \"Trọng tâm là gắn kết chặt chẽ xây dựng Đảng với xây dựng ngành Ngoại giao trong sạch, vững mạnh toàn diện, hiện đại, chuyên nghiệp\"");
		assertThat(article.body()).hasSize(7);
		assertThat(article.body().get(6)).endsWith("hiện đại, chuyên nghiệp.");
		assertThat(String.join("\n", article.body())).doesNotContain("chứng khoán", "TỶ GIÁ", "Minh Ngọc", "Theo VGP");
		assertNoNoise(article);
	}

	@Test
	void seed004InlineLinkAgencyLineAndNoStamp() throws Exception {
		SegmentedArticle article = read("004_02ea695a35228001.txt");
		assertThat(article.title()).isEqualTo("Lấy phiếu tín nhiệm giữa nhiệm kỳ đối với các Thứ trưởng Bộ Ngoại giao");
		assertThat(article.published()).isNull();
		assertThat(article.source()).isEqualTo("TTXVN/Vietnam+");
		assertThat(article.authors()).isEmpty();
		assertThat(article.lead()).startsWith("Kết quả lấy phiếu tín nhiệm sẽ là");
		assertThat(article.related())
			.containsExactly("Tiếp tục đổi mới mạnh mẽ, toàn diện, đồng bộ, hiệu quả công tác cán bộ");
		assertThat(article.captions()).isEmpty();
		assertThat(article.body()).hasSize(7);
		assertThat(article.body().get(0)).startsWith("Ngày 3/4, tại Trụ sở Bộ Ngoại giao");
		assertThat(article.body().get(6)).endsWith("trong tháng 4/2019.");
		assertNoNoise(article);
	}

	private SegmentedArticle read(String name) throws IOException, UnreadableArticleException {
		return this.reader.read(Files.readAllBytes(Path.of("seeds", name)), name);
	}

	static void assertNoNoise(SegmentedArticle article) {
		List<String> body = article.body();
		String text = String.join("\n", body);
		assertThat(body)
			.noneMatch((paragraph) -> SlugLines.isSlugLine(paragraph) || SlugLines.gluedTextStart(paragraph) >= 0);
		assertThat(body).noneMatch((paragraph) -> new CaptionParser().parse(paragraph).isPresent());
		// a site cuts teaser summaries with " ..."; an ellipsis closing a real list is
		// fine
		assertThat(body).noneMatch((paragraph) -> paragraph.endsWith(" ..."));
		assertThat(body).noneMatch(article.related()::contains);
		assertThat(body).noneMatch(article.teasers()::contains);
		assertThat(body)
			.noneMatch((paragraph) -> article.captions().stream().anyMatch((c) -> c.text().equals(paragraph)));
		assertThat(text).doesNotContain("TIN LIÊN QUAN", "./.", "Phản hồi", "Các tin khác", "Tin cùng chuyên mục",
				"(Ảnh:", "(Anh:", "Ảnh: ", "TTXVN/Vietnam+", "Google News", "Xem với cỡ chữ", "[");
		if (article.title() != null) {
			assertThat(body).doesNotContain(article.title());
		}
		if (article.lead() != null) {
			assertThat(body).doesNotContain(article.lead());
		}
	}

}
