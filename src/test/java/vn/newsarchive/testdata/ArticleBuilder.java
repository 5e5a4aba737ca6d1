package vn.newsarchive.testdata;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleCaption;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.system.Slugs;

/** {@code ArticleBuilder.article("Title").published(...).paragraphs(...).build()}. */
public final class ArticleBuilder {

	private final String title;

	private String slug;

	private String lead;

	private List<String> paragraphs = List.of("Nội dung bài viết.");

	private LocalDateTime publishedAt;

	private DatePrecision precision;

	private boolean inferred;

	private String source = "TGVN";

	private final List<String> authors = new ArrayList<>();

	private final List<ArticleCaption> captions = new ArrayList<>();

	private final List<String> related = new ArrayList<>();

	private ArticleBuilder(String title) {
		this.title = title;
		this.slug = Slugs.of(title);
	}

	public static ArticleBuilder article(String title) {
		return new ArticleBuilder(title);
	}

	public ArticleBuilder slug(String slug) {
		this.slug = slug;
		return this;
	}

	public ArticleBuilder lead(String lead) {
		this.lead = lead;
		return this;
	}

	public ArticleBuilder paragraphs(String... paragraphs) {
		this.paragraphs = List.of(paragraphs);
		return this;
	}

	public ArticleBuilder published(LocalDateTime at, DatePrecision precision, boolean inferred) {
		this.publishedAt = at;
		this.precision = precision;
		this.inferred = inferred;
		return this;
	}

	public ArticleBuilder publishedAt(String isoMinute) {
		return published(LocalDateTime.parse(isoMinute), DatePrecision.MINUTE, false);
	}

	public ArticleBuilder source(String source) {
		this.source = source;
		return this;
	}

	public ArticleBuilder author(String name) {
		this.authors.add(name);
		return this;
	}

	public ArticleBuilder caption(String text, String credit) {
		this.captions.add(new ArticleCaption(text, credit));
		return this;
	}

	public ArticleBuilder related(String... titles) {
		this.related.addAll(List.of(titles));
		return this;
	}

	public Article build() {
		Article article = new Article();
		article.setTitle(this.title);
		article.setSlug(this.slug);
		article.setLead(this.lead);
		article.setParagraphs(this.paragraphs);
		article.setPublished(this.publishedAt, this.precision, this.inferred);
		article.setSource(this.source);
		article.setContentHash(UUID.randomUUID().toString().replace("-", ""));
		article.setFileName(this.slug + ".txt");
		article.getAuthors().addAll(this.authors);
		article.getCaptions().addAll(this.captions);
		article.getRelatedTitles().addAll(this.related);
		return article;
	}

}
