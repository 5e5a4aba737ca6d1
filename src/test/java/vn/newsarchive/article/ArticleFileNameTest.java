package vn.newsarchive.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, failure 8: a file name over 300 characters refused a valid article with the
 * database's "value too long for type character varying(300)".
 */
class ArticleFileNameTest {

	@Test
	void aLongFileNameIsShortenedInTheMiddleKeepingItsEnd() {
		String name = "bài-viết-" + "rất-dài-".repeat(60) + "cuối.txt";
		Article article = new Article();
		article.setFileName(name);
		assertThat(name.length()).isGreaterThan(300);
		assertThat(article.getFileName()).hasSize(Article.FILE_NAME_LENGTH)
			.startsWith("bài-viết-rất-dài-")
			.endsWith("cuối.txt")
			.contains("…");
	}

	@Test
	void aNameThatFitsIsKept() {
		Article article = new Article();
		article.setFileName("seeds/001_6353a3c6be2fbff5.txt");
		assertThat(article.getFileName()).isEqualTo("seeds/001_6353a3c6be2fbff5.txt");
	}

}
