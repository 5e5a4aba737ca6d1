package vn.newsarchive.importer.segment;

import java.util.Set;

import vn.newsarchive.importer.segment.Label.Fact;

/**
 * Titles listed under a related-block header ({@code TIN LIÊN QUAN}), titles glued after
 * a slug, and everything under a tail header: related titles and teaser summaries, never
 * body.
 */
final class RelatedBlockPass implements SegmentPass {

	private static final int MAX_BLOCK = 12;

	@Override
	public Set<Label> reads() {
		return Set.of(Part.RELATED_HEADER, Part.CAPTION, Part.SLUG, Part.CHROME, Part.RELATED, Fact.GLUED_TO_SLUG,
				Fact.IN_TAIL);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.RELATED, Part.TEASER);
	}

	@Override
	public void apply(Draft draft) {
		for (int i = 0; i < draft.size(); i++) {
			Paragraph paragraph = draft.get(i);
			if (paragraph.is(Part.RELATED_HEADER)) {
				takeBlock(draft, i + 1);
			}
			else if (paragraph.isUnknown() && paragraph.gluedToSlug && TextShape.isTitleLike(paragraph.text)) {
				paragraph.part = Part.RELATED;
			}
			else if (paragraph.isUnknown() && paragraph.inTail) {
				if (TextShape.isTitleLike(paragraph.text)) {
					paragraph.part = Part.RELATED;
				}
				else if (NameLines.parse(paragraph.text, draft.words) == null) {
					paragraph.part = Part.TEASER;
				}
			}
		}
	}

	/** The titles after a header, skipping captions and slugs between them. */
	private static void takeBlock(Draft draft, int start) {
		int taken = 0;
		for (int i = start; i < draft.size() && taken < MAX_BLOCK; i++) {
			Paragraph paragraph = draft.get(i);
			if (paragraph.is(Part.CAPTION) || paragraph.is(Part.SLUG) || paragraph.is(Part.CHROME)
					|| paragraph.is(Part.RELATED)) {
				continue;
			}
			if (!paragraph.isUnknown() || !TextShape.isTitleLike(paragraph.text)) {
				return;
			}
			paragraph.part = Part.RELATED;
			taken++;
		}
	}

}
