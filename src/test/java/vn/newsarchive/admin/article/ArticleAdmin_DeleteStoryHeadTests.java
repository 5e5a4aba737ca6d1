package vn.newsarchive.admin.article;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.testdata.TemplateReports;
import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting the first article of a story (issue 18.1): its copies stay one story, headed
 * by the next copy, which later copies find. With the real extractor (the admin tests'
 * fake one extracts no story), through the editors' delete.
 */
@SpringBootTest
class ArticleAdmin_DeleteStoryHeadTests {

	@Autowired
	ArticleEditService edits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportService importService;

	@BeforeEach
	void emptyArchive() {
		TestArchive.empty(this.jdbc);
	}

	@Test
	void theCopiesOfADeletedFirstArticleStayOneStory() {
		long first = copy(1);
		long second = copy(2);
		long third = copy(3);
		assertThat(storyOf(second)).isEqualTo(first);
		assertThat(storyOf(third)).isEqualTo(first);
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, first);
		this.edits.delete(first, version);
		assertThat(storyOf(second)).isNull();
		assertThat(storyOf(third)).isEqualTo(second);
		assertThat(this.jdbc.queryForObject("select count(*) from article where story_id is null", Long.class)).isOne();
		assertThat(storyOf(copy(4))).isEqualTo(second);
	}

	@Test
	void theMeetingItsCopiesReportedToStaysWithTheNextReport() {
		long first = copy(1);
		long second = copy(2);
		long meeting = this.jdbc.queryForObject("select id from meeting where article_id = ?", Long.class, first);
		assertThat(this.jdbc.queryForList("select article_id from meeting_article where meeting_id = ?", Long.class,
				meeting))
			.containsExactly(second);
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, first);
		this.edits.delete(first, version);
		assertThat(this.jdbc.queryForObject("select article_id from meeting where id = ?", Long.class, meeting))
			.isEqualTo(second);
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_article where meeting_id = ?", Long.class,
				meeting))
			.isZero();
	}

	@Test
	void deletedOtherwiseTheyStayOneStoryToo() {
		long first = copy(1);
		long second = copy(2);
		long third = copy(3);
		this.jdbc.update("delete from article where id = ?", first);
		assertThat(storyOf(second)).isNull();
		assertThat(storyOf(third)).isEqualTo(second);
		assertThat(storyOf(copy(4))).isEqualTo(second);
	}

	private long copy(int bulletin) {
		return this.importService
			.importContent("copy-" + bulletin + ".txt",
					TemplateReports.report("3001-NQ/TW", "Lê Văn Tám", bulletin).getBytes(StandardCharsets.UTF_8))
			.articleId();
	}

	private Long storyOf(long articleId) {
		return this.jdbc.queryForObject("select story_id from article where id = ?", Long.class, articleId);
	}

}
