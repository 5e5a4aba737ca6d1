package vn.newsarchive.importer.segment;

import java.util.Set;
import java.util.regex.Pattern;

import vn.newsarchive.importer.segment.Label.Fact;

/**
 * What is left is the story. The first paragraph may carry a source tag when there was no
 * lead to carry it; the end mark {@code ./.} is stripped, the sentence kept.
 */
final class BodyPass implements SegmentPass {

	private static final Pattern END_MARK = Pattern.compile("\\s*\\./\\.?\\s*$");

	private final SourceTags sources;

	BodyPass(SourceTags sources) {
		this.sources = sources;
	}

	@Override
	public Set<Label> reads() {
		return Set.of(Part.LEAD, Fact.SOURCE_NAME);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.BODY, Fact.SOURCE_NAME);
	}

	@Override
	public void apply(Draft draft) {
		// a lead that carried no source tag leaves it to the story's first paragraph
		boolean first = draft.indexOf(Part.LEAD) < 0 || draft.source == null;
		for (Paragraph paragraph : draft.paragraphs) {
			if (!paragraph.isUnknown()) {
				continue;
			}
			if (first) {
				first = false;
				SourceTags.Glued glued = this.sources.gluedSource(paragraph.text);
				if (glued != null) {
					draft.offerSource(glued.source());
					paragraph.text = glued.rest();
				}
				paragraph.text = LedePlace.strip(paragraph.text);
			}
			if (paragraph.text.contains("./")) {
				paragraph.text = END_MARK.matcher(paragraph.text).replaceFirst(".");
			}
			paragraph.part = Part.BODY;
		}
	}

}
