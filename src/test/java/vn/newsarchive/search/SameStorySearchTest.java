package vn.newsarchive.search;

import java.nio.file.Path;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.testdata.SearchIndex;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search lists a story once (issue 18.1): the first article of the story, with the
 * sources of its copies, and counts stories, not copies.
 */
@SpringBootTest
class SameStorySearchTest {

	@Autowired
	ImportService importService;

	@Autowired
	ArticleSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
		SearchIndex.purge(this.entityManagerFactory);
	}

	@Test
	void aStoryIsOneHitWithItsCopiesSources() {
		ImportOutcome seed = this.importService.importFile(Path.of("seeds/001_6353a3c6be2fbff5.txt"));
		ImportOutcome copy = this.importService
			.importFile(Path.of("src/test/resources/samestory/001-baoquocte-excerpt.txt"));
		this.importService.awaitIndexing();
		String copySource = this.jdbc.queryForObject("select source from article where id = ?", String.class,
				copy.articleId());
		// both copies hold these words
		SearchResults results = this.search.search(SearchQuery.of("Phạm Bình Minh"));
		assertThat(results.hits()).extracting(SearchHit::id).containsExactly(seed.articleId());
		assertThat(results.total()).isOne();
		assertThat(results.hits().get(0).alsoPublishedBy()).containsExactly(copySource);
		// a filter alone too
		long person = this.jdbc.queryForObject("select id from person where name = 'Phạm Bình Minh'", Long.class);
		assertThat(this.search.search(SearchQuery.of("").withPerson(person)).hits()).extracting(SearchHit::id)
			.containsExactly(seed.articleId());
	}

}
