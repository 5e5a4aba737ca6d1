package vn.newsarchive.admin.article;

import java.util.List;

/**
 * What the preview page shows beside the form: for each person and document row (same
 * order), the record an import would link it to, if the archive has one; and the article
 * the archive already holds with the same text, if any; the lines dropped as noise and
 * the other articles' summaries, shown but never stored; and the stored article whose
 * story this one copies (another site's syndication, an excerpt), which it would join.
 */
record ArticlePreview(List<Linked> persons, List<LinkedDocument> documents, Linked duplicate, List<String> dropped,
		List<String> teasers, Linked sameStory) {

	/** An existing record (id, label, public address), or null for a new one. */
	record Linked(Long id, String label, String url) {
	}

	/**
	 * A document row: the existing record or null, its term, and whether it can be
	 * stored.
	 */
	record LinkedDocument(Linked existing, String term, boolean storable) {
	}

}
