package vn.newsarchive.admin.article;

import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.article.Article;

/** Another article already has this title and body. */
class DuplicateArticleException extends RefusedEditException {

	/** The existing article is null when the clash was only noticed by the database. */
	DuplicateArticleException(Article existing) {
		super("admin.article.duplicate", null, (existing != null) ? existing.getId() : null,
				(existing != null) ? existing.getTitle() : null);
	}

}
