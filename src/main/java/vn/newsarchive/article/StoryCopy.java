package vn.newsarchive.article;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * Another article carrying the same story: what "also published by" and the data API's
 * {@code sameStory} show of it.
 */
public record StoryCopy(Long id, String title, String slug, String source, String sourceUrl) {

	public String url() {
		return Permalinks.of(Permalinks.ARTICLE, this.id, Slugs.canonical(this.slug, this.title));
	}

}
