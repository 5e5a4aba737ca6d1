package vn.newsarchive.importer.segment;

import java.util.Set;

import vn.newsarchive.importer.segment.Label.Fact;

/**
 * The end of the story, read backwards: bylines ({@code Minh Ngọc}, {@code Văn Anh} after
 * the teasers) and source lines ({@code Theo VGP}, {@code (TTXVN/Vietnam+)}), up to the
 * last paragraph of text. A block of short tag lines at the end ({@code Chính trị},
 * {@code Tô Lâm}, then {@code Xem thêm}) is chrome, not a byline.
 */
final class TailPass implements SegmentPass {

	private final SourceTags sources;

	TailPass(SourceTags sources) {
		this.sources = sources;
	}

	/** Longest tag line, in words. */
	private static final int MAX_TAG_WORDS = 4;

	@Override
	public Set<Label> reads() {
		return Part.noiseAnd(Fact.IN_TAIL);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.SOURCE, Part.BYLINE, Part.CHROME, Fact.SOURCE_NAME);
	}

	@Override
	public void apply(Draft draft) {
		dropTags(draft);
		for (int i = draft.size() - 1; i >= 0; i--) {
			Paragraph paragraph = draft.get(i);
			if (paragraph.part.isNoise()) {
				continue;
			}
			if (!paragraph.isUnknown()) {
				return;
			}
			String source = this.sources.sourceLine(paragraph.text);
			if (source != null) {
				paragraph.part = Part.SOURCE;
				draft.offerSource(source);
				continue;
			}
			NameLines.Byline byline = NameLines.parse(paragraph.text, draft.words, true);
			if (byline == null) {
				return;
			}
			paragraph.part = Part.BYLINE;
			paragraph.authors = byline.authors();
			draft.offerSource(byline.agency());
		}
	}

	/**
	 * Two or more short lines without punctuation closing the page, one of them no name:
	 * the page's tags (topic and people), not authors.
	 */
	private void dropTags(Draft draft) {
		int first = draft.size();
		boolean someNoName = false;
		for (int i = draft.size() - 1; i >= 0; i--) {
			Paragraph paragraph = draft.get(i);
			if (paragraph.part.isNoise()) {
				continue;
			}
			if (!paragraph.isUnknown() || paragraph.inTail || TextShape.words(paragraph.text) > MAX_TAG_WORDS
					|| TextShape.endsClause(paragraph.text) || this.sources.sourceLine(paragraph.text) != null) {
				break;
			}
			someNoName |= NameLines.parse(paragraph.text, draft.words, true) == null;
			first = i;
		}
		int tags = 0;
		for (int i = first; i < draft.size(); i++) {
			tags += draft.get(i).isUnknown() ? 1 : 0;
		}
		if (tags < 2 || !someNoName) {
			return;
		}
		for (int i = first; i < draft.size(); i++) {
			if (draft.get(i).isUnknown()) {
				draft.get(i).part = Part.CHROME;
			}
		}
	}

}
