package vn.newsarchive.search;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is rebuilt at start when it is empty and the archive is not, and left alone
 * when it holds documents.
 */
class SearchIndexerTest extends ImportedSeedsWebTest {

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndexBootstrap bootstrap;

	@Autowired
	ArticleSearch search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	long total(String q) {
		return this.search.search(SearchQuery.of(q)).total();
	}

	@Test
	void anEmptyIndexIsRebuiltAtStartAndAFilledOneIsLeftAlone() throws Exception {
		assertThat(this.indexer.needsRebuild()).isFalse();
		SearchIndex.purge(this.entityManagerFactory);
		assertThat(total("truong thi mai")).isZero();
		assertThat(this.indexer.needsRebuild()).isTrue();

		this.bootstrap.run(new DefaultApplicationArguments());
		assertThat(total("truong thi mai")).isPositive();
		assertThat(total("bộ ngoại giao")).isEqualTo(5);
		long son = this.jdbc.queryForObject("select id from person where name = 'Bùi Thanh Sơn'", Long.class);
		assertThat(this.search.search(SearchQuery.of("").withPerson(son)).total()).isEqualTo(2);

		// a row removed behind the index's back stays indexed: the next start does not
		// rebuild
		this.jdbc.update("delete from article_resolution where article_id = (select min(id) from article)");
		this.jdbc.update("delete from article_person where article_id = (select min(id) from article)");
		this.jdbc.update(
				"delete from meeting_participant where meeting_id in (select id from meeting where article_id = (select min(id) from article))");
		this.jdbc.update(
				"delete from meeting_resolution where meeting_id in (select id from meeting where article_id = (select min(id) from article))");
		this.jdbc.update("delete from meeting where article_id = (select min(id) from article)");
		this.jdbc.update("update position_held set article_id = null where article_id = (select min(id) from article)");
		this.jdbc.update("delete from article where id = (select min(id) from article)");
		this.bootstrap.run(new DefaultApplicationArguments());
		assertThat(total("bộ ngoại giao")).isEqualTo(5);

		this.indexer.rebuild();
		assertThat(total("bộ ngoại giao")).isEqualTo(4);
	}

}
