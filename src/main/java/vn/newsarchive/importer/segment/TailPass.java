package vn.newsarchive.importer.segment;

/**
 * The end of the story, read backwards: bylines ({@code Minh Ngọc}, {@code Văn Anh} after
 * the teasers) and source lines ({@code Theo VGP}, {@code (TTXVN/Vietnam+)}), up to the
 * last paragraph of text.
 */
final class TailPass implements SegmentPass {

	private final SourceTags sources;

	TailPass(SourceTags sources) {
		this.sources = sources;
	}

	@Override
	public void apply(Draft draft) {
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

}
