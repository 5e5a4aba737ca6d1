package vn.newsarchive.importer.segment;

import java.util.Set;

import vn.newsarchive.importer.segment.Label.Fact;

/**
 * An author signing with a name line and a title line under it ({@code Lương Hải Sinh} /
 * {@code Bí thư Đảng ủy-Chủ tịch HĐQT NHPT}), wherever it is printed.
 */
final class BylinePass implements SegmentPass {

	@Override
	public Set<Label> reads() {
		return Set.of();
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.BYLINE, Part.BYLINE_TITLE, Fact.SOURCE_NAME);
	}

	@Override
	public void apply(Draft draft) {
		for (int i = 0; i + 1 < draft.size(); i++) {
			Paragraph name = draft.get(i);
			Paragraph title = draft.get(i + 1);
			if (!name.isUnknown() || !title.isUnknown() || title.gapBefore || title.text.length() > 120
					|| !draft.words.startsWithBylineTitle(title.text) || TextShape.endsSentence(title.text)) {
				continue;
			}
			NameLines.Byline byline = NameLines.parse(name.text, draft.words);
			if (byline != null) {
				name.part = Part.BYLINE;
				name.authors = byline.authors();
				title.part = Part.BYLINE_TITLE;
				draft.offerSource(byline.agency());
			}
		}
	}

}
