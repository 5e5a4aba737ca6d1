package vn.newsarchive.importer.segment;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.newsarchive.importer.dateline.DatelineParser;

/**
 * The top of the page: site chrome before the headline, the headline, bylines and stamps
 * under it, and the lead (the sapo, taken once even when printed twice). A page that
 * opens with its lede ("Chiều 22/2, ...") has no headline at the top.
 */
final class HeadPass implements SegmentPass {

	private static final int MAX_TITLE = 250;

	private static final int MAX_LEAD = 700;

	/** How many lines from the top a headline over a stamp line is looked for. */
	private static final int STAMP_SEARCH = 8;

	/** How far after the lead a second printing of it is looked for. */
	private static final int REPEAT_WINDOW = 3;

	private static final Pattern MENU_ITEM = Pattern.compile("^(?:[-+•»>|*/]\\s|.*\\s[>»]\\s)");

	private final DatelineParser datelines = new DatelineParser();

	private final SourceTags sources;

	HeadPass(SourceTags sources) {
		this.sources = sources;
	}

	@Override
	public void apply(Draft draft) {
		int title = findTitle(draft);
		if (title >= 0) {
			findLead(draft, title + 1);
		}
	}

	private int findTitle(Draft draft) {
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

	/** Authors with the stamp after them ({@code Thu Hà - 08:30, 05/12/2023}). */
	private NameLines.Byline bylineBeforeStamp(Draft draft, Paragraph paragraph) {
		Optional<DatelineParser.TrailingStamp> trailing = this.datelines.trailingStamp(paragraph.text);
		return trailing.map((stamp) -> NameLines.parse(stamp.text(), draft.words)).orElse(null);
	}

	/**
	 * Menu items, breadcrumbs, lower-case section names, short labels and clock lines.
	 */
	private static boolean isChromeBeforeTitle(Paragraph paragraph) {
		String text = paragraph.text;
		return paragraph.stamp != null || TextShape.startsLowerCase(text)
				|| text.length() < 100 && MENU_ITEM.matcher(text).find() || TextShape.words(text) < 4;
	}

	private void findLead(Draft draft, int start) {
		for (int i = start; i < draft.size(); i++) {
			Paragraph paragraph = draft.get(i);
			if (paragraph.is(Part.CHROME) || paragraph.is(Part.STAMP) || paragraph.is(Part.SOURCE)
					|| paragraph.is(Part.SLUG)) {
				continue;
			}
			if (!paragraph.isUnknown()) {
				return;
			}
			if (paragraph.stamp != null) {
				NameLines.Byline authors = paragraph.stampPure ? null : bylineBeforeStamp(draft, paragraph);
				paragraph.part = (authors != null) ? Part.BYLINE : Part.CHROME;
				paragraph.authors = (authors != null) ? authors.authors() : paragraph.authors;
				continue;
			}
			NameLines.Byline byline = NameLines.parse(paragraph.text, draft.words);
			if (byline != null) {
				paragraph.part = Part.BYLINE;
				paragraph.authors = byline.authors();
				draft.offerSource(byline.agency());
				continue;
			}
			if (WordLists.key(paragraph.text).equals(WordLists.key(draft.title))) {
				// the headline printed again (alt text, a second template) is no lead
				paragraph.part = Part.DUPLICATE;
				continue;
			}
			if (isAuthorsPosition(draft, i)) {
				paragraph.part = Part.BYLINE_TITLE;
				continue;
			}
			SourceTags.Glued glued = this.sources.gluedSource(paragraph.text);
			String lead = LedePlace.strip((glued != null) ? glued.rest() : paragraph.text);
			if (lead.length() > MAX_LEAD || !hasTextAfter(draft, i + 1)) {
				return;
			}
			if (glued != null) {
				draft.offerSource(glued.source());
			}
			paragraph.text = lead;
			paragraph.part = Part.LEAD;
			dropRepeats(draft, i + 1, lead);
			return;
		}
	}

	/** The position an author signs with, on the line under the author's name. */
	private static boolean isAuthorsPosition(Draft draft, int index) {
		Paragraph previous = draft.get(index - 1);
		Paragraph paragraph = draft.get(index);
		return previous != null && previous.is(Part.BYLINE) && !paragraph.gapBefore && paragraph.text.length() <= 120
				&& draft.words.startsWithBylineTitle(paragraph.text) && !TextShape.endsSentence(paragraph.text);
	}

	private static boolean hasTextAfter(Draft draft, int start) {
		for (int i = start; i < draft.size(); i++) {
			if (draft.get(i).isUnknown() && draft.get(i).text.length() >= 100) {
				return true;
			}
		}
		return false;
	}

	private static void dropRepeats(Draft draft, int start, String lead) {
		String key = WordLists.key(lead);
		int seen = 0;
		for (int i = start; i < draft.size() && seen < REPEAT_WINDOW; i++) {
			Paragraph paragraph = draft.get(i);
			if (!paragraph.isUnknown()) {
				continue;
			}
			seen++;
			if (WordLists.key(paragraph.text).equals(key)) {
				paragraph.part = Part.DUPLICATE;
			}
		}
	}

}
