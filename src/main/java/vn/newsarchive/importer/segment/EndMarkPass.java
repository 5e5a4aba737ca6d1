package vn.newsarchive.importer.segment;

import java.util.Set;

import vn.newsarchive.importer.segment.Label.Fact;

/**
 * The end mark {@code ./.} closes the story: what follows it is a byline, a source line,
 * or teasers of other articles (often a headline glued to its summary), never the story.
 */
final class EndMarkPass implements SegmentPass {

	private final SourceTags sources;

	EndMarkPass(SourceTags sources) {
		this.sources = sources;
	}

	@Override
	public Set<Label> reads() {
		return Set.of();
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.SOURCE, Part.BYLINE, Part.TEASER, Fact.SOURCE_NAME);
	}

	@Override
	public void apply(Draft draft) {
		int end = -1;
		for (int i = draft.size() - 1; i >= 0; i--) {
			Paragraph paragraph = draft.get(i);
			if (paragraph.isUnknown() && endsWithMark(paragraph.text)) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return;
		}
		for (int i = end + 1; i < draft.size(); i++) {
			Paragraph paragraph = draft.get(i);
			if (!paragraph.isUnknown()) {
				continue;
			}
			String source = this.sources.sourceLine(paragraph.text);
			NameLines.Byline byline = (source == null) ? NameLines.parse(paragraph.text, draft.words, true) : null;
			if (source != null) {
				paragraph.part = Part.SOURCE;
				draft.offerSource(source);
			}
			else if (byline != null) {
				paragraph.part = Part.BYLINE;
				paragraph.authors = byline.authors();
				draft.offerSource(byline.agency());
			}
			else {
				paragraph.part = Part.TEASER;
			}
		}
	}

	private static boolean endsWithMark(String text) {
		String end = text.stripTrailing();
		return end.endsWith("./.") || end.endsWith("./");
	}

}
