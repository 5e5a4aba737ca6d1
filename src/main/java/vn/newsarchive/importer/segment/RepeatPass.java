package vn.newsarchive.importer.segment;

import java.util.Set;

/**
 * A line printed twice in a row. Near the end, followed by one short paragraph and then
 * only the tail, it is a related article's title and that paragraph its summary;
 * elsewhere it is a caption printed twice without a credit. A line that repeats the
 * caption next to it is dropped.
 */
final class RepeatPass implements SegmentPass {

	private static final int MAX_SUMMARY = 400;

	@Override
	public Set<Label> reads() {
		return Part.noiseAnd(Part.CAPTION);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.DUPLICATE, Part.RELATED, Part.TEASER, Part.CAPTION);
	}

	@Override
	public void apply(Draft draft) {
		for (int i = 0; i + 1 < draft.size(); i++) {
			Paragraph first = draft.get(i);
			Paragraph second = draft.get(i + 1);
			if (first.is(Part.CAPTION) && second.isUnknown() && sameText(first, second)
					|| first.isUnknown() && second.is(Part.CAPTION) && sameText(first, second)) {
				(first.isUnknown() ? first : second).part = Part.DUPLICATE;
				continue;
			}
			if (!first.isUnknown() || !second.isUnknown() || !sameText(first, second)) {
				continue;
			}
			second.part = Part.DUPLICATE;
			Paragraph summary = draft.get(i + 2);
			if (TextShape.isTitleLike(first.text) && summary != null && summary.isUnknown()
					&& summary.text.length() <= MAX_SUMMARY && onlyTailAfter(draft, i + 3)) {
				first.part = Part.RELATED;
				summary.part = Part.TEASER;
			}
			else {
				CaptionPass.markCaption(first, first.text, null);
			}
		}
	}

	private static boolean sameText(Paragraph first, Paragraph second) {
		return LineKey.sameText(first.text, second.text);
	}

	private static boolean onlyTailAfter(Draft draft, int start) {
		for (int i = start; i < draft.size(); i++) {
			if (!draft.get(i).part.isNoise()) {
				return false;
			}
		}
		return true;
	}

}
