package vn.newsarchive.article;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * An article's permalink, {@code /bai-viet/{id}-{slug}}, the slug made from the title
 * when the article has none: one rule for the entity and every view of an article.
 */
final class ArticleAddress {

	private ArticleAddress() {
	}

	static String of(Long id, String slug, String title) {
		return Permalinks.of(Permalinks.ARTICLE, id, Slugs.canonical(slug, title));
	}

}
