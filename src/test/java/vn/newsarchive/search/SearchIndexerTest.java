package vn.newsarchive.search;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;

import vn.newsarchive.testdata.ImportedSeedsWebTest;
import vn.newsarchive.testdata.SearchIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is rebuilt at start when it does not hold as many articles as the archive
 * (empty, or cut short) or was written in another layout, and left alone otherwise.
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

	@Value("${archive.index-dir}")
	Path indexDirectory;

	long total(String q) {
		return this.search.search(SearchQuery.of(q)).total();
	}

	@Test
	void anIndexThatDoesNotHoldTheArchivesArticlesIsRebuiltAtStartAndAFullOneIsLeftAlone() throws Exception {
		assertThat(this.indexer.needsRebuild()).isFalse();
		SearchIndex.purge(this.entityManagerFactory);
		assertThat(total("truong thi mai")).isZero();
		assertThat(this.indexer.needsRebuild()).isTrue();

		this.bootstrap.run(new DefaultApplicationArguments());
		assertThat(total("truong thi mai")).isPositive();
		assertThat(total("bộ ngoại giao")).isEqualTo(5);
		long son = this.jdbc.queryForObject("select id from person where name = 'Bùi Thanh Sơn'", Long.class);
		assertThat(this.search.search(SearchQuery.of("").withPerson(son)).total()).isEqualTo(2);

		// an index that holds one article more than the database (as one that missed the
		// last articles of an interrupted import holds fewer) is rebuilt at the next
		// start
		this.jdbc.update("delete from article_resolution where article_id = (select min(id) from article)");
		this.jdbc.update("delete from article_person where article_id = (select min(id) from article)");
		this.jdbc.update(
				"delete from meeting_participant where meeting_id in (select id from meeting where article_id = (select min(id) from article))");
		this.jdbc.update(
				"delete from meeting_resolution where meeting_id in (select id from meeting where article_id = (select min(id) from article))");
		this.jdbc.update("delete from meeting where article_id = (select min(id) from article)");
		this.jdbc.update("update position_held set article_id = null where article_id = (select min(id) from article)");
		this.jdbc.update("delete from article where id = (select min(id) from article)");
		assertThat(total("bộ ngoại giao")).isEqualTo(5);
		assertThat(this.indexer.needsRebuild()).isTrue();
		this.bootstrap.run(new DefaultApplicationArguments());
		assertThat(total("bộ ngoại giao")).isEqualTo(4);
		assertThat(this.indexer.needsRebuild()).isFalse();
	}

	@Test
	void anIndexWrittenInAnotherLayoutIsRebuiltAtStartAndMarkedWithThisOne() throws Exception {
		Path layout = this.indexDirectory.resolve(IndexLayout.LAYOUT_FILE);
		assertThat(layout).hasContent(IndexLayout.LAYOUT);
		assertThat(this.indexer.needsRebuild()).isFalse();

		Files.writeString(layout, "an older layout");
		assertThat(this.indexer.needsRebuild()).isTrue();
		this.bootstrap.run(new DefaultApplicationArguments());

		assertThat(layout).hasContent(IndexLayout.LAYOUT);
		assertThat(this.indexer.needsRebuild()).isFalse();
		assertThat(total("truong thi mai")).isPositive();
	}

}
