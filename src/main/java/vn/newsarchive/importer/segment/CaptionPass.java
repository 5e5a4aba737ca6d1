package vn.newsarchive.importer.segment;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.kernel.WordList;

/**
 * Photo captions: lines ending with a credit; a caption whose credit is printed on the
 * next line; the line printed right under a slug line, which is the caption of that
 * image; a portrait's caption, a line that is only {@code Ông Trần Văn Bình}; numbered
 * images' captions ({@code ảnh 2: ...}, and the line above it for image 1).
 */
final class CaptionPass implements SegmentPass {

	private static final int MAX_UNCREDITED = 400;

	private static final Pattern PORTRAIT = Pattern.compile("^(?:Ông|Bà|Đồng chí)\\s+(?<name>[\\p{L} ]{3,40})$");

	/**
	 * A second or later image's number opening its caption ("ảnh 2: Quang cảnh hội
	 * nghị").
	 */
	private static final Pattern LATER_IMAGE = Pattern.compile("[ảẢ]nh\\s+(?:[2-9]|\\d{2})\\s*[:.]");

	/**
	 * A caption is one or two sentences: a paragraph of more before its credit is a
	 * report that ends with its photo's credit ("… Giám đốc Công an tỉnh. Ảnh: Phạm
	 * Bằng").
	 */
	private static final int MAX_CAPTION_SENTENCES = 2;

	/** A sentence's end: a full stop, "!" or "?" before a space and a capital. */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=\\s+\\p{Lu})");

	/** Longer than "Toàn cảnh hội nghị Ban Chấp hành Đảng bộ tỉnh". */
	private static final int MAX_SCENE_WORDS = 9;

	private final CaptionParser parser = new CaptionParser();

	/**
	 * A photo's scene line ({@code caption-openers.txt}: "Quang cảnh tại hội nghị"): a
	 * caption with no credit, never the headline above it (session 18).
	 */
	private final Pattern sceneLine = Pattern.compile(
			"(?:" + WordList.load("caption-openers.txt").alternation() + ")(?![\\p{L}\\p{M}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	@Override
	public Set<Label> reads() {
		return Set.of(Part.SLUG);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.CAPTION, Part.CHROME);
	}

	@Override
	public void apply(Draft draft) {
		for (int i = 0; i < draft.size(); i++) {
			Paragraph paragraph = draft.get(i);
			if (!paragraph.isUnknown()) {
				continue;
			}
			Optional<Caption> caption = this.parser.parse(paragraph.text);
			Paragraph previous = draft.get(i - 1);
			if (caption.isPresent() && sentences(caption.get().text()) > MAX_CAPTION_SENTENCES) {
				// body with the credit left off
				paragraph.text = caption.get().text();
				continue;
			}
			if (caption.isPresent()) {
				if (previous != null && previous.isUnknown() && !paragraph.gapBefore
						&& previous.text.length() <= MAX_UNCREDITED && !TextShape.endsClause(previous.text)
						&& LATER_IMAGE.matcher(paragraph.text).lookingAt()) {
					// "ảnh 2: ..." under a line of its own: that line is image 1's
					// caption
					markCaption(previous, previous.text, null);
				}
				markCaption(paragraph, caption.get().text(), caption.get().credit());
				continue;
			}
			Optional<String> credit = this.parser.creditLine(paragraph.text);
			if (credit.isPresent() && previous != null && !paragraph.gapBefore
					&& (previous.isUnknown() || previous.is(Part.CAPTION) && previous.credit == null)) {
				markCaption(previous, previous.text, credit.get());
				paragraph.part = Part.CHROME;
				continue;
			}
			Matcher portrait = PORTRAIT.matcher(paragraph.text);
			if (portrait.matches() && NameLines.isName(portrait.group("name"))) {
				markCaption(paragraph, paragraph.text, null);
				continue;
			}
			if (this.sceneLine.matcher(paragraph.text).lookingAt()
					&& TextShape.words(paragraph.text) <= MAX_SCENE_WORDS) {
				markCaption(paragraph, paragraph.text, null);
				continue;
			}
			if (previous != null && previous.is(Part.SLUG) && !paragraph.gapBefore
					&& paragraph.text.length() <= MAX_UNCREDITED) {
				markCaption(paragraph, paragraph.text, null);
			}
		}
	}

	private static int sentences(String text) {
		Matcher end = SENTENCE_END.matcher(text);
		int count = 1;
		while (end.find()) {
			count++;
		}
		return count;
	}

	static void markCaption(Paragraph paragraph, String text, String credit) {
		paragraph.part = Part.CAPTION;
		paragraph.text = text;
		paragraph.credit = credit;
	}

}
