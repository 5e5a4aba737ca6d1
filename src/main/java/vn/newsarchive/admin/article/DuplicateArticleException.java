package vn.newsarchive.admin.article;

import vn.newsarchive.article.Article;

/** Another article already has this title and body. */
class DuplicateArticleException extends RuntimeException {

	private final Long existingId;

	private final String existingTitle;

	DuplicateArticleException(Article existing) {
		super("the same article is already in the archive");
		this.existingId = (existing != null) ? existing.getId() : null;
		this.existingTitle = (existing != null) ? existing.getTitle() : null;
	}

	/** Null when the clash was only noticed by the database. */
	Long getExistingId() {
		return this.existingId;
	}

	String getExistingTitle() {
		return this.existingTitle;
	}

}
