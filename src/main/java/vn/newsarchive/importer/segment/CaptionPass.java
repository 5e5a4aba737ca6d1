package vn.newsarchive.importer.segment;

import java.util.Optional;

import vn.newsarchive.importer.model.Caption;

/**
 * Photo captions: lines ending with a credit; a caption whose credit is printed on the
 * next line; and the line printed right under a slug line, which is the caption of that
 * image.
 */
final class CaptionPass implements SegmentPass {

	private static final int MAX_UNCREDITED = 400;

	private final CaptionParser parser = new CaptionParser();

	@Override
	public void apply(Draft draft) {
		for (int i = 0; i < draft.size(); i++) {
			Paragraph paragraph = draft.get(i);
			if (!paragraph.isUnknown()) {
				continue;
			}
			Optional<Caption> caption = this.parser.parse(paragraph.text);
			if (caption.isPresent()) {
				markCaption(paragraph, caption.get().text(), caption.get().credit());
				continue;
			}
			Optional<String> credit = this.parser.creditLine(paragraph.text);
			Paragraph previous = draft.get(i - 1);
			if (credit.isPresent() && previous != null && !paragraph.gapBefore
					&& (previous.isUnknown() || previous.is(Part.CAPTION) && previous.credit == null)) {
				markCaption(previous, previous.text, credit.get());
				paragraph.part = Part.CHROME;
				continue;
			}
			if (previous != null && previous.is(Part.SLUG) && !paragraph.gapBefore
					&& paragraph.text.length() <= MAX_UNCREDITED) {
				markCaption(paragraph, paragraph.text, null);
			}
		}
	}

	static void markCaption(Paragraph paragraph, String text, String credit) {
		paragraph.part = Part.CAPTION;
		paragraph.text = text;
		paragraph.credit = credit;
	}

}
