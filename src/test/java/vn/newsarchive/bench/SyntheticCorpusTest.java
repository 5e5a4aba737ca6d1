package vn.newsarchive.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark corpus is the same on every run and looks like the seeds.
 */
class SyntheticCorpusTest {

	private static SyntheticCorpus corpus;

	private static List<SyntheticArticle> sample;

	@BeforeAll
	static void generate() {
		corpus = SyntheticCorpus.fromProject(Path.of(""), SyntheticCorpus.DEFAULT_SEED);
		sample = LongStream.rangeClosed(1, 2_000).mapToObj(corpus::article).toList();
	}

	@Test
	void sameSeedGivesTheSameCorpus() {
		SyntheticCorpus again = SyntheticCorpus.fromProject(Path.of(""), SyntheticCorpus.DEFAULT_SEED);
		assertThat(again.persons()).isEqualTo(corpus.persons());
		assertThat(again.documents()).isEqualTo(corpus.documents());
		for (long id : new long[] { 1, 2, 777, 99_999 }) {
			assertThat(again.article(id)).isEqualTo(corpus.article(id));
		}
		assertThat(SyntheticCorpus.fromProject(Path.of(""), 7).article(1)).isNotEqualTo(corpus.article(1));
	}

	@Test
	void lengthsAreThoseOfRealArticles() {
		IntSummaryStatistics bytes = sample.stream().mapToInt(SyntheticArticle::textBytes).summaryStatistics();
		IntSummaryStatistics paragraphs = sample.stream().mapToInt((a) -> a.paragraphs().size()).summaryStatistics();
		// the seed files average ~5.9 KB with their noise
		assertThat(bytes.getAverage()).isBetween(4_500.0, 7_500.0);
		assertThat(bytes.getMin()).isGreaterThan(1_000);
		assertThat(paragraphs.getMin()).isEqualTo(5);
		assertThat(paragraphs.getMax()).isEqualTo(30);
		assertThat(sample).allSatisfy((article) -> {
			assertThat(article.title().length()).isBetween(20, 300);
			assertThat(article.publishedAt()).isBetween(LocalDateTime.of(2010, 1, 1, 0, 0),
					LocalDateTime.of(2026, 7, 1, 0, 0));
		});
	}

	@Test
	void articlesNameTheirPersonsAndDocuments() {
		assertThat(sample).allSatisfy((article) -> {
			String text = article.title() + article.lead() + article.body();
			SyntheticPerson first = corpus.persons().get((int) article.persons().get(0).personId() - 1);
			assertThat(ToneStyle.apply(text, true)).contains(ToneStyle.apply(first.name(), true));
			for (long id : article.documentIds()) {
				assertThat(text).contains(corpus.documents().get((int) id - 1).code());
			}
		});
		assertThat(corpus.documents().stream().filter((d) -> d.code().equals("26-NQ/TW")).map(SyntheticDocument::term))
			.contains("X", "XII");
		assertThat(corpus.persons()).extracting(SyntheticPerson::name).contains("Trương Thị Mai", "Bùi Thanh Sơn");
	}

	@Test
	void bothTonePlacementsOccur() {
		long modern = sample.stream().filter(SyntheticArticle::modernTones).count();
		assertThat(modern).isBetween(700L, 1_100L);
		assertThat(sample.stream().map(SyntheticArticle::body)).anyMatch((body) -> body.contains("Ủy ban"))
			.anyMatch((body) -> body.contains("Uỷ ban"))
			.anyMatch((body) -> body.contains("hòa"))
			.anyMatch((body) -> body.contains("hoà"));
	}

	@Test
	void traditionalPlacementKeepsClosedSyllablesAndQu() {
		assertThat(ToneStyle.apply("Uỷ ban hoà bình, quý, hoàng, thuỷ lợi, khoẻ", false))
			.isEqualTo("Ủy ban hòa bình, quý, hoàng, thủy lợi, khỏe");
		assertThat(ToneStyle.apply("Ủy ban hòa bình", true)).isEqualTo("Uỷ ban hoà bình");
	}

}
