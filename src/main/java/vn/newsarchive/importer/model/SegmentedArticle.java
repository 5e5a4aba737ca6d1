package vn.newsarchive.importer.model;

import java.util.List;

import vn.newsarchive.kernel.PartialDate;

/**
 * A scraped article split into its parts, with all web noise removed. Text is NFC.
 * {@code body} holds the real paragraphs only; {@code related} the titles of other
 * articles (related blocks, inline links, tail teasers); {@code teasers} the summaries of
 * those other articles (kept apart so that nothing reads them as this article's story).
 * {@code slugHint} is an ASCII slug line found in the text, if any. {@code dropped} holds
 * the lines read as noise and left out of every part (site chrome, stamps, slug lines,
 * repeats, block headers), in reading order, so that an editor can check nothing of the
 * story was lost.
 */
public record SegmentedArticle(String title, String lead, PartialDate published, String source, List<String> authors,
		List<Caption> captions, List<String> related, List<String> teasers, List<String> body, String slugHint,
		List<String> dropped) {

	/** An article whose dropped lines are not known (built by hand, as in tests). */
	public SegmentedArticle(String title, String lead, PartialDate published, String source, List<String> authors,
			List<Caption> captions, List<String> related, List<String> teasers, List<String> body, String slugHint) {
		this(title, lead, published, source, authors, captions, related, teasers, body, slugHint, List.of());
	}

}
