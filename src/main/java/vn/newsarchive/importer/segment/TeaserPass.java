package vn.newsarchive.importer.segment;

import java.util.Set;

/**
 * Teasers of other articles: a headline-shaped line followed by a short summary the site
 * cut off with "..." or "…". The headline goes to the related titles, the summary to the
 * teasers.
 */
final class TeaserPass implements SegmentPass {

	private static final int MAX_SUMMARY = 400;

	@Override
	public Set<Label> reads() {
		return Set.of(Part.TEASER, Part.RELATED, Part.CHROME, Part.SLUG, Part.STAMP);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.RELATED, Part.TEASER);
	}

	@Override
	public void apply(Draft draft) {
		for (int i = 1; i < draft.size(); i++) {
			Paragraph summary = draft.get(i);
			if (!(summary.isUnknown() || summary.is(Part.TEASER)) || summary.text.length() > MAX_SUMMARY
					|| !TextShape.isTruncated(summary.text)) {
				continue;
			}
			Paragraph headline = previousText(draft, i);
			if (headline != null
					&& (headline.is(Part.RELATED) || headline.isUnknown() && TextShape.isTitleLike(headline.text))) {
				headline.part = Part.RELATED;
				summary.part = Part.TEASER;
			}
		}
	}

	private static Paragraph previousText(Draft draft, int index) {
		for (int i = index - 1; i >= 0; i--) {
			Paragraph paragraph = draft.get(i);
			if (!(paragraph.is(Part.CHROME) || paragraph.is(Part.SLUG) || paragraph.is(Part.STAMP))) {
				return paragraph;
			}
		}
		return null;
	}

}
