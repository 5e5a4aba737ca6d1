package vn.newsarchive.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.newsarchive.importer.ArticlePipeline;
import vn.newsarchive.importer.dateline.DatelineParser;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.kernel.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The raw files of the scale benchmark are read back by the importer as the articles they
 * were rendered from: the noise around the story (chrome, stamp, source tag, captions,
 * related headlines, teasers of other articles that name other persons) is noise to the
 * importer too.
 */
class RawArticleRendererTest {

	private static SyntheticCorpus corpus;

	private static RawArticleRenderer renderer;

	private final ArticlePipeline pipeline = new ArticlePipeline();

	@BeforeAll
	static void generate() {
		corpus = SyntheticCorpus.fromProject(Path.of(""), SyntheticCorpus.DEFAULT_SEED);
		renderer = new RawArticleRenderer(corpus);
	}

	// 117 and 1671 have long headlines with a title chain; 1876 was published at
	// midnight
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42, 117, 500, 1_671, 1_876 })
	void importerReadsBackTitleDatePersonsAndDocuments(long id) {
		SyntheticArticle article = corpus.article(id);
		ExtractedArticle extracted = this.pipeline.extract(id + ".txt",
				renderer.render(article).getBytes(StandardCharsets.UTF_8));
		assertThat(extracted.article().title()).isEqualTo(article.title());
		assertThat(extracted.article().published().value()).isEqualTo(stampValue(article.publishedAt()));
		assertThat(extracted.persons()).extracting(PersonMention::name)
			.extracting(VietnameseText::personKey)
			.containsExactlyInAnyOrderElementsOf(namedPersons(article));
		assertThat(extracted.resolutions()).extracting(DocumentReference::code)
			.filteredOn((code) -> code != null)
			.containsExactlyInAnyOrderElementsOf(
					article.documentIds().stream().map((d) -> corpus.documents().get((int) (d - 1)).code()).toList());
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void everyStampFormatIsReadToTheMinute(int format) {
		LocalDateTime at = LocalDateTime.of(2024, 9, 1, 7, 5);
		assertThat(new DatelineParser().parseLine(RawArticleRenderer.stamp(at, format)))
			.hasValueSatisfying((stamp) -> assertThat(stamp.date().value()).isEqualTo("2024-09-01T07:05"));
	}

	@Test
	void aRenderingIsAFunctionOfTheArticleAndLooksScraped() {
		String page = renderer.render(corpus.article(7));
		assertThat(renderer.render(corpus.article(7))).isEqualTo(page);
		assertThat(page).containsAnyOf("TIN LIÊN QUAN", "Tin liên quan", "Bài liên quan")
			.containsAnyOf("Các tin khác", "Tin cùng chuyên mục", "Phản hồi")
			.contains(" ...\n");
		long sizes = LongStream.rangeClosed(1, 200)
			.map((id) -> renderer.render(corpus.article(id)).getBytes(StandardCharsets.UTF_8).length)
			.sum();
		assertThat(sizes / 200).isBetween(6_000L, 8_500L);
	}

	/** A stamp at midnight is a placeholder time: the importer keeps the day only. */
	private static String stampValue(LocalDateTime at) {
		return (at.getHour() == 0 && at.getMinute() == 0) ? at.toLocalDate().toString()
				: at.toLocalDate() + "T%02d:%02d".formatted(at.getHour(), at.getMinute());
	}

	/**
	 * The article's persons that its sentences name: a cast may be larger than the
	 * sentences have places for names.
	 */
	private static List<String> namedPersons(SyntheticArticle article) {
		String text = VietnameseText.personKey(article.title() + " " + article.lead() + " " + article.body() + " "
				+ String.join(" ", article.captions()));
		return article.persons()
			.stream()
			.map((mention) -> VietnameseText.personKey(corpus.persons().get((int) (mention.personId() - 1)).name()))
			.filter(text::contains)
			.toList();
	}

}
