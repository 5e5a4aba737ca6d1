package vn.newsarchive.admin.article;

import java.time.LocalDateTime;
import java.util.List;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.system.Slugs;

/** Test data: {@code ArticleBuilder.article("Tiêu đề").body("...").saveIn(articles)}. */
public final class ArticleBuilder {

	private final String title;

	private String body = "Đoạn thứ nhất.";

	private LocalDateTime published = LocalDateTime.of(2019, 11, 6, 19, 27);

	private ArticleBuilder(String title) {
		this.title = title;
	}

	public static ArticleBuilder article(String title) {
		return new ArticleBuilder(title);
	}

	public ArticleBuilder body(String body) {
		this.body = body;
		return this;
	}

	public ArticleBuilder published(LocalDateTime published) {
		this.published = published;
		return this;
	}

	public Article saveIn(ArticleRepository articles) {
		Article article = new Article();
		article.setTitle(this.title);
		article.setSlug(Slugs.of(this.title));
		article.setParagraphs(List.of(this.body));
		article.setPublished(this.published, DatePrecision.MINUTE, false);
		article.setSource("TGVN");
		article.setContentHash(ContentHash.of(this.title, List.of(this.body)));
		article.getAuthors().add("Văn Anh");
		return articles.saveAndFlush(article);
	}

}
