package vn.newsarchive.article;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.newsarchive.testdata.TestArchive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's related titles are looked up a bounded number of rows at a time, however
 * many archived articles share a title (generated and syndicated archives have many).
 */
@SpringBootTest
class RelatedTitleMatchesTest {

	private static final String SHARED = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12";

	@Autowired
	ArticleRepository articles;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void thirtyArticlesOfOneTitle() {
		TestArchive.empty(this.jdbc);
		for (int i = 0; i < 30; i++) {
			this.jdbc.update("insert into article (title, slug, body, content_hash) values (?, 'hoi-nghi', ?, ?)",
					(i % 2 == 0) ? SHARED : SHARED.toUpperCase().replace(" ", "  "), "Bài " + i, "hash-" + i);
		}
		this.jdbc
			.update("insert into article (title, slug, body, content_hash) values ('Tin khác', 'tin-khac', 'x', 'h')");
	}

	@Test
	void eachKeyGivesAtMostTwoArticles() {
		List<TitleMatch> matches = this.articles
			.findByTitleKeys(new String[] { RelatedTitles.key(SHARED), RelatedTitles.key("Tin khác"), "không có" });
		assertThat(matches).extracting(TitleMatch::getTitleKey)
			.containsExactlyInAnyOrder(RelatedTitles.key(SHARED), RelatedTitles.key(SHARED),
					RelatedTitles.key("Tin khác"));
	}

}
