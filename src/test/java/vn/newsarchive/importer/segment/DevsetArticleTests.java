package vn.newsarchive.importer.segment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.newsarchive.importer.ArticleReader;
import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ten labelled development articles of {@code src/test/resources/devset}: headline,
 * publication date and credits must match the hand-made labels.
 */
class DevsetArticleTests {

	private static final Path DEVSET = Path.of("src/test/resources/devset");

	private final ArticleReader reader = new ArticleReader();

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "01", "02", "03", "04", "05", "06", "07", "08", "09", "10" })
	void matchesTheLabels(String id) throws Exception {
		SegmentedArticle article = read(id);
		JsonNode labels = this.json.readTree(DEVSET.resolve(id + ".json").toFile());
		assertThat(article.title()).as("title").isEqualTo(text(labels.get("title")));
		String published = (article.published() != null) ? article.published().startDate().toString() : null;
		assertThat(published).as("date").isEqualTo(text(labels.get("date")));
		if (article.published() != null) {
			assertThat(article.published().inferred()).isFalse();
		}
		List<String> credited = new ArrayList<>(article.authors());
		for (Caption caption : article.captions()) {
			credited.addAll(PhotoCredit.parse(caption.credit()).people());
		}
		List<String> credits = new ArrayList<>();
		labels.get("credits").forEach((credit) -> credits.add(credit.asText()));
		assertThat(credited).as("credits").containsExactlyInAnyOrderElementsOf(credits);
		assertThat(article.body()).as("body").isNotEmpty();
		SeedArticleTests.assertNoNoise(article);
	}

	@Test
	void chromeClockBeforeTheHeadlineIsNotTheStamp() throws Exception {
		SegmentedArticle article = read("05");
		assertThat(article.published().value()).isEqualTo("2021-07-06T14:53");
		assertThat(article.captions()).singleElement()
			.satisfies((caption) -> assertThat(caption.text()).startsWith("Thứ trưởng Đỗ Thắng Hải cho biết"));
		assertThat(article.body()).noneMatch((paragraph) -> paragraph.contains("Đường dây nóng"));
	}

	@Test
	void placeholderMidnightIsADayAndTheSignatureIsAByline() throws Exception {
		SegmentedArticle article = read("04");
		assertThat(article.published().value()).isEqualTo("2020-03-20");
		assertThat(article.authors()).containsExactly("Lương Hải Sinh");
		assertThat(article.lead()).startsWith("Chào mừng đại hội đảng bộ các cấp");
		assertThat(article.body()).noneMatch((paragraph) -> paragraph.startsWith("Bí thư Đảng ủy-Chủ tịch"));
		assertThat(article.body().get(0)).startsWith("Thực hiện Chỉ thị số 35-CT/TW");
	}

	@Test
	void hardWrappedLinesAreRejoinedEvenInsideNames() throws Exception {
		SegmentedArticle article = read("06");
		assertThat(article.body()).anyMatch((paragraph) -> paragraph.contains("Chủ tịch nước Nguyễn Xuân Phúc"))
			.anyMatch((paragraph) -> paragraph.contains("Chủ tịch Quốc hội Vương Đình Huệ"))
			.anyMatch((paragraph) -> paragraph.contains("Trưởng Đoàn Đại biểu Quốc hội tỉnh"))
			.anyMatch((paragraph) -> paragraph.startsWith("Sáng 16.8, Ban Thường trực Ủy ban Trung ương MTTQ"));
		assertThat(article.captions()).singleElement()
			.satisfies((caption) -> assertThat(caption.credit()).isEqualTo("Phương Hoa/TTXVN"));
	}

	@Test
	void headlineFromAltTextAndTeaserPrintedTwiceIsNotBody() throws Exception {
		SegmentedArticle article = read("03");
		assertThat(article.related()).containsExactly("Tổng bí thư, Chủ tịch nước: Chưa đặt vấn đề sửa Cương lĩnh");
		assertThat(article.teasers()).singleElement()
			.satisfies((teaser) -> assertThat(teaser).contains("Nguyễn Phú Trọng"));
		assertThat(article.body()).hasSize(4).noneMatch((paragraph) -> paragraph.contains("Nguyễn Phú Trọng"));
		assertThat(article.captions()).containsExactly(new Caption("Đại biểu dự hội nghị.", "TTXVN"));
	}

	@Test
	void crawlerTokenIsStrippedFromTheLede() throws Exception {
		SegmentedArticle article = read("10");
		assertThat(article.body().get(0)).startsWith("Sáng 16/9, thực hiện kế hoạch");
		assertThat(article.captions()).extracting(Caption::credit).containsExactly("Minh Châu");
	}

	@Test
	void slugLineBeforeACaptionIsDroppedAndKeptAsHint() throws Exception {
		SegmentedArticle article = read("01");
		assertThat(article.slugHint()).isEqualTo("De nghi Bo Chinh tri khai tru khoi Dang doi voi 1 truong hop");
		assertThat(article.captions())
			.containsExactly(new Caption("Ông Trần Quốc Vượng, Chủ nhiệm Ủy ban Kiểm tra Trung ương.", null));
		assertThat(article.lead()).startsWith("Ủy ban Kiểm tra Trung ương đề nghị");
	}

	private SegmentedArticle read(String id) throws Exception {
		return this.reader.read(Files.readAllBytes(DEVSET.resolve(id + ".txt")), id + ".txt");
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asText();
	}

}
