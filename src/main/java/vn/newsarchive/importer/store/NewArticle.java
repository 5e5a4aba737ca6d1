package vn.newsarchive.importer.store;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleCaption;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.system.Slugs;

/**
 * The article record an extraction becomes, before it is saved and linked: its text,
 * dates, source, authors, captions and related titles, and a title when the page had no
 * headline.
 */
final class NewArticle {

	private static final int FALLBACK_TITLE_LENGTH = 160;

	private NewArticle() {
	}

	static Article of(ExtractedArticle extracted) {
		SegmentedArticle source = extracted.article();
		Article article = new Article();
		String title = (source.title() != null && !source.title().isBlank()) ? source.title() : fallbackTitle(source);
		article.setTitle(title);
		article.setSlug(Slugs.of((source.slugHint() != null) ? source.slugHint() : title));
		article.setLead(source.lead());
		article.setParagraphs(source.body());
		PartialDate published = source.published();
		if (published != null) {
			article.setPublished(published.start(), published.precision(), published.inferred());
		}
		article.setSource(source.source());
		article.setContentHash(extracted.contentHash());
		article.setFileName(extracted.file());
		article.getAuthors().addAll(source.authors());
		source.captions().forEach((c) -> article.getCaptions().add(new ArticleCaption(c.text(), c.credit())));
		article.getRelatedTitles().addAll(source.related());
		return article;
	}

	/**
	 * An article without a headline is listed by the opening of its lead or first
	 * paragraph.
	 */
	private static String fallbackTitle(SegmentedArticle source) {
		String text = (source.lead() != null) ? source.lead() : source.body().stream().findFirst().orElse("");
		int end = text.indexOf(". ");
		String sentence = (end > 0) ? text.substring(0, end) : text;
		if (sentence.length() <= FALLBACK_TITLE_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', FALLBACK_TITLE_LENGTH);
		return sentence.substring(0, (cut > 0) ? cut : FALLBACK_TITLE_LENGTH) + "…";
	}

}
