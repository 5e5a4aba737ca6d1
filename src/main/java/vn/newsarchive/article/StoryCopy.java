package vn.newsarchive.article;

/**
 * Another article carrying the same story: what "also published by" and the data API's
 * {@code sameStory} show of it.
 */
public record StoryCopy(Long id, String title, String slug, String source, String sourceUrl) {

	public String url() {
		return ArticleAddress.of(this.id, this.slug, this.title);
	}

}
