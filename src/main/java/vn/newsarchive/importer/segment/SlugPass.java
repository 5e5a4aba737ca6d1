package vn.newsarchive.importer.segment;

import java.util.Set;

import vn.newsarchive.importer.segment.Label.Fact;

/**
 * ASCII slug lines (image alt text without diacritics) are dropped, and a slug glued in
 * front of a related-article title is cut off; the first slug seen becomes the slug hint.
 */
final class SlugPass implements SegmentPass {

	@Override
	public Set<Label> reads() {
		return Set.of();
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.SLUG, Fact.GLUED_TO_SLUG, Fact.SLUG_HINT);
	}

	@Override
	public void apply(Draft draft) {
		for (Paragraph paragraph : draft.paragraphs) {
			if (!paragraph.isUnknown()) {
				continue;
			}
			if (SlugLines.isSlugLine(paragraph.text)) {
				paragraph.part = Part.SLUG;
				offer(draft, paragraph.text);
				continue;
			}
			int glued = SlugLines.gluedTextStart(paragraph.text);
			if (glued > 0) {
				offer(draft, paragraph.text.substring(0, glued).strip());
				paragraph.text = paragraph.text.substring(glued);
				paragraph.gluedToSlug = true;
			}
		}
	}

	private static void offer(Draft draft, String slug) {
		if (draft.slugHint == null) {
			draft.slugHint = slug;
		}
	}

}
