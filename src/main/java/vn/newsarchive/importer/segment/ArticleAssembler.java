package vn.newsarchive.importer.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.VietnameseText;

/** Collects the labelled paragraphs, in reading order, into the segmented article. */
final class ArticleAssembler {

	SegmentedArticle assemble(Draft draft) {
		String lead = null;
		List<Caption> captions = new ArrayList<>();
		Set<String> captionKeys = new LinkedHashSet<>();
		Set<String> related = new LinkedHashSet<>();
		Set<String> relatedKeys = new LinkedHashSet<>();
		List<String> teasers = new ArrayList<>();
		Set<String> authors = new LinkedHashSet<>();
		List<String> body = new ArrayList<>();
		List<String> dropped = new ArrayList<>();
		for (Paragraph paragraph : draft.paragraphs) {
			switch (paragraph.part) {
				case LEAD -> lead = (lead == null) ? paragraph.text : lead + "\n" + paragraph.text;
				case CAPTION -> {
					if (captionKeys.add(LineKey.of(paragraph.text))) {
						captions.add(new Caption(paragraph.text, paragraph.credit));
					}
				}
				case RELATED -> {
					if (relatedKeys.add(LineKey.of(paragraph.text))) {
						related.add(paragraph.text);
					}
				}
				case TEASER -> teasers.add(paragraph.text);
				case BYLINE -> authors.addAll(paragraph.authors);
				case BODY -> body.add(paragraph.text);
				case TITLE -> {
				}
				default -> dropped.add(paragraph.text);
			}
		}
		return new SegmentedArticle(draft.title, lead, draft.published, draft.source, List.copyOf(authors),
				List.copyOf(captions), List.copyOf(related), List.copyOf(teasers), List.copyOf(body), slugHint(draft),
				List.copyOf(dropped));
	}

	/** The slug line that spells the headline, else the first slug line seen. */
	private static String slugHint(Draft draft) {
		if (draft.title != null) {
			String titleSlug = VietnameseText.slug(draft.title);
			for (Paragraph paragraph : draft.paragraphs) {
				if (paragraph.is(Part.SLUG) && VietnameseText.slug(paragraph.text).equals(titleSlug)) {
					return paragraph.text;
				}
			}
		}
		return draft.slugHint;
	}

}
