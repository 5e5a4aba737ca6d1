package vn.newsarchive.importer;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.model.SegmentedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction must keep up with a bulk import: the target is 500 seed-sized articles a
 * second on one core including segmentation, so extraction alone must be well above that.
 * The bound asserted is loose because the build machine is shared.
 */
class EntityExtractorThroughputTest {

	@Test
	void extractsSeedSizedArticlesFast() {
		EntityExtractor extractor = new EntityExtractor();
		List<SegmentedArticle> seeds = List.of(SeedArticles.seed000(), SeedArticles.seed001(), SeedArticles.seed002(),
				SeedArticles.seed003(), SeedArticles.seed004());
		for (int i = 0; i < 200; i++) {
			seeds.forEach(extractor::extract);
		}
		int rounds = 400;
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			seeds.forEach(extractor::extract);
		}
		double perSecond = rounds * seeds.size() / ((System.nanoTime() - start) / 1e9);
		System.out.printf("EntityExtractor: %.0f seed articles/s on one thread%n", perSecond);
		assertThat(perSecond).isGreaterThan(200);
	}

}
