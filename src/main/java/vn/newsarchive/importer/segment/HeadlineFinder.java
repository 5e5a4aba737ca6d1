package vn.newsarchive.importer.segment;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.newsarchive.importer.dateline.DatelineParser;

/**
 * The headline at the top of the page, after site chrome (menus, breadcrumbs, section
 * labels); none when the page opens with its lede ("Chiều 22/2, ...").
 */
final class HeadlineFinder {

	private static final int MAX_TITLE = 250;

	/** How many lines from the top a headline over a stamp line is looked for. */
	private static final int STAMP_SEARCH = 8;

	/** Words from which a line in lower case is text, not a section name or a menu. */
	private static final int LOWER_CASE_TEXT = 30;

	/**
	 * A menu item or breadcrumb, or a tag page's tag ("#Ủy ban Kiểm tra", session 18: a
	 * headline never opens with "#").
	 */
	private static final Pattern MENU_ITEM = Pattern.compile("^(?:[-+•»>|*/]\\s|#\\p{L}|.*\\s[>»]\\s)");

	private final DatelineParser datelines = new DatelineParser();

	/** The headline's index, marked as the title (chrome above it marked too), or -1. */
	int findTitle(Draft draft) {
		int aboveStamp = headlineAboveStamp(draft);
		if (aboveStamp >= 0) {
			for (int i = 0; i < aboveStamp; i++) {
				if (draft.get(i).isUnknown()) {
					draft.get(i).part = Part.CHROME;
				}
			}
			draft.get(aboveStamp).part = Part.TITLE;
			draft.title = draft.get(aboveStamp).text;
			return aboveStamp;
		}
		for (int i = 0; i < draft.size(); i++) {
			Paragraph paragraph = draft.get(i);
			if (!paragraph.isUnknown()) {
				continue;
			}
			if (paragraph.stamp != null && !paragraph.stampPure && headlineBeforeStamp(draft, paragraph)) {
				return i;
			}
			if (isChromeBeforeTitle(paragraph)) {
				paragraph.part = Part.CHROME;
				continue;
			}
			if (paragraph.text.length() <= MAX_TITLE && TextShape.isTitleLike(paragraph.text)
					&& !draft.words.opensWithTimePhrase(paragraph.text)) {
				paragraph.part = Part.TITLE;
				draft.title = paragraph.text;
				return i;
			}
			return -1;
		}
		return -1;
	}

	/**
	 * A headline-shaped line with the page's stamp alone on the next line, near the top:
	 * the headline, even under menu labels that look like headlines themselves ("Tìm kiếm
	 * tin tức", "Sở, Ban, Ngành"); -1 when the page has none.
	 */
	private static int headlineAboveStamp(Draft draft) {
		int limit = Math.min(draft.size() - 1, STAMP_SEARCH);
		for (int i = 0; i < limit; i++) {
			Paragraph paragraph = draft.get(i);
			Paragraph next = draft.get(i + 1);
			if (paragraph.isUnknown() && paragraph.stamp == null && next.stamp != null && next.stampPure
					&& paragraph.text.length() <= MAX_TITLE && TextShape.isTitleLike(paragraph.text)
					&& TextShape.words(paragraph.text) >= 6 && !draft.words.opensWithTimePhrase(paragraph.text)
					&& !draft.words.startsWithBylineTitle(paragraph.text)) {
				// an author's position line over the stamp is no headline
				return i;
			}
		}
		return -1;
	}

	/** A headline with the page's stamp glued to its end: the headline, stamp kept. */
	private boolean headlineBeforeStamp(Draft draft, Paragraph paragraph) {
		Optional<DatelineParser.TrailingStamp> trailing = this.datelines.trailingStamp(paragraph.text);
		if (trailing.isEmpty() || TextShape.words(trailing.get().text()) < 6
				|| !TextShape.isTitleLike(trailing.get().text())) {
			return false;
		}
		paragraph.text = trailing.get().text();
		paragraph.part = Part.TITLE;
		draft.title = paragraph.text;
		return true;
	}

	/**
	 * Menu items, breadcrumbs, lower-case section names, short labels and clock lines. A
	 * long line in lower case is the text of a page cut mid-sentence, no section name
	 * (session 17).
	 */
	private static boolean isChromeBeforeTitle(Paragraph paragraph) {
		String text = paragraph.text;
		return paragraph.stamp != null || TextShape.startsLowerCase(text) && TextShape.words(text) < LOWER_CASE_TEXT
				|| text.length() < 100 && MENU_ITEM.matcher(text).find() || TextShape.words(text) < 4;
	}

}
