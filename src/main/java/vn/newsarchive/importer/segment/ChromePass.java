package vn.newsarchive.importer.segment;

import java.util.Set;
import java.util.regex.Pattern;

import vn.newsarchive.importer.segment.Label.Fact;

/**
 * Labels the lines the word lists know: site chrome and widget text, headers of related
 * blocks, headers of the tail (comments, other articles of the section), and source
 * lines. A tail header near the top is only a menu item.
 */
final class ChromePass implements SegmentPass {

	/**
	 * Characters of real text (sentences, not menu items) that must come before a tail
	 * header.
	 */
	private static final int TEXT_BEFORE_TAIL = 300;

	private static final int SENTENCE = 60;

	private static final int WIDGET_LINE = 60;

	/** "(0) Bình luận", "Bình luận (3)": the comments below the story start here. */
	private static final Pattern COMMENT_COUNTER = Pattern.compile("\\(?\\d+\\)?\\s*Bình luận|Bình luận\\s*\\(\\d+\\)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern WEATHER = Pattern.compile("\\d\\s?°[CF](?!\\p{L})");

	/** "12 min read", "5 phút đọc": the page's reading-time badge. */
	private static final Pattern READING_TIME = Pattern.compile("\\d{1,3}\\s*(?:min read|phút đọc)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A link, or an image's file name, alone on its line. */
	private static final Pattern WEB_ADDRESS = Pattern
		.compile("\\(?\\s*https?://\\S+\\s*\\)?|[\\w.-]+\\.(?i:jpe?g|png|gif|webp)");

	private final SourceTags sources;

	ChromePass(SourceTags sources) {
		this.sources = sources;
	}

	@Override
	public Set<Label> reads() {
		return Set.of();
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.CHROME, Part.RELATED_HEADER, Part.TAIL_HEADER, Part.SOURCE, Fact.IN_TAIL, Fact.SOURCE_NAME);
	}

	@Override
	public void apply(Draft draft) {
		int textSeen = 0;
		boolean inTail = false;
		for (Paragraph paragraph : draft.paragraphs) {
			paragraph.inTail = inTail;
			if (!paragraph.isUnknown()) {
				continue;
			}
			String text = paragraph.text;
			if (draft.words.isRelatedHeader(text)) {
				paragraph.part = Part.RELATED_HEADER;
			}
			else if (draft.words.isTailHeader(text) || COMMENT_COUNTER.matcher(text).matches()) {
				paragraph.part = (textSeen >= TEXT_BEFORE_TAIL) ? Part.TAIL_HEADER : Part.CHROME;
				inTail |= paragraph.is(Part.TAIL_HEADER);
			}
			else if (draft.words.isChromeLine(text) || isSymbols(text) || isWidgetLine(text)) {
				paragraph.part = Part.CHROME;
			}
			else if (text.length() <= 80 && this.sources.sourceLine(text) != null) {
				paragraph.part = Part.SOURCE;
				draft.offerSource(this.sources.sourceLine(text));
			}
			else if (text.length() >= SENTENCE) {
				textSeen += text.length();
			}
		}
	}

	/**
	 * A weather widget's line ("Hà Nội 22 °C", "• Đà Nẵng Hà Nội 24°C"), a reading-time
	 * badge ("12 min read"), a bare web address or an image's file name
	 * ("bi-thu-phat-bieu.jpg"), as pages print them beside the story.
	 */
	private static boolean isWidgetLine(String text) {
		return text.length() <= WIDGET_LINE && (WEATHER.matcher(text).find() || READING_TIME.matcher(text).matches())
				|| WEB_ADDRESS.matcher(text.strip()).matches();
	}

	/** Nothing but punctuation, symbols or a lone number: separators and counters. */
	private static boolean isSymbols(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
