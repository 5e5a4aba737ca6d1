package vn.newsarchive.importer.segment;

import java.util.Set;
import java.util.regex.Pattern;

import vn.newsarchive.importer.segment.Label.Fact;
import vn.newsarchive.kernel.VietnameseText;

/**
 * Image alt text: a headline-shaped line printed directly above a caption, or a line that
 * repeats the headline (then the line under it is the caption). When the page has no
 * headline at the top, the alt text above the first caption is the headline, or failing
 * that a line that reads like the slug.
 */
final class AltTextPass implements SegmentPass {

	private static final int MAX_UNCREDITED = 400;

	/** Some sites number the images' alt text: "{headline} ảnh 2". */
	private static final Pattern IMAGE_NUMBER = Pattern.compile("\\s+ảnh\\s+\\d{1,2}$");

	@Override
	public Set<Label> reads() {
		return Set.of(Part.CAPTION, Fact.HEADLINE, Fact.SLUG_HINT);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.ALT_TEXT, Part.CAPTION, Fact.HEADLINE);
	}

	@Override
	public void apply(Draft draft) {
		// the headline the page had before this pass: one taken from alt text below is
		// not
		// looked for again
		String title = draft.title;
		for (int i = 0; i < draft.size(); i++) {
			Paragraph paragraph = draft.get(i);
			if (!paragraph.isUnknown()) {
				continue;
			}
			Paragraph next = draft.get(i + 1);
			boolean aboveCaption = next != null && next.is(Part.CAPTION) && !next.gapBefore;
			if (title != null && LineKey.sameText(withoutImageNumber(paragraph.text), title)) {
				paragraph.part = Part.ALT_TEXT;
				if (next != null && next.isUnknown() && !next.gapBefore && next.text.length() <= MAX_UNCREDITED
						&& !NameLines.isName(next.text)) {
					CaptionPass.markCaption(next, next.text, null);
				}
			}
			else if (aboveCaption && TextShape.isTitleLike(paragraph.text)) {
				paragraph.part = Part.ALT_TEXT;
				if (draft.title == null) {
					draft.title = paragraph.text;
				}
			}
		}
		if (draft.title == null && draft.slugHint != null) {
			titleFromSlug(draft);
		}
	}

	private static String withoutImageNumber(String text) {
		boolean endsWithDigit = !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1));
		return endsWithDigit ? IMAGE_NUMBER.matcher(text).replaceFirst("") : text;
	}

	private static void titleFromSlug(Draft draft) {
		String slug = VietnameseText.slug(draft.slugHint);
		for (Paragraph paragraph : draft.paragraphs) {
			if ((paragraph.isUnknown() || paragraph.is(Part.ALT_TEXT)) && TextShape.isTitleLike(paragraph.text)
					&& VietnameseText.slug(paragraph.text).equals(slug)) {
				draft.title = paragraph.text;
				if (paragraph.isUnknown()) {
					paragraph.part = Part.ALT_TEXT;
				}
				return;
			}
		}
	}

}
