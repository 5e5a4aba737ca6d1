package vn.newsarchive.importer.segment;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.newsarchive.importer.dateline.DatelineParser;
import vn.newsarchive.importer.segment.Label.Fact;

/**
 * The top of the page: site chrome before the headline, the headline, bylines and stamps
 * under it, and the lead (the sapo, taken once even when printed twice). A page that
 * opens with its lede ("Chiều 22/2, ...") has no headline at the top.
 */
final class HeadPass implements SegmentPass {

	private static final int MAX_LEAD = 700;

	private static final int MAX_AFFILIATION_WORDS = 12;

	/** How far after the lead a second printing of it is looked for. */
	private static final int REPEAT_WINDOW = 3;

	private final DatelineParser datelines = new DatelineParser();

	private final SourceTags sources;

	private final HeadlineFinder titles = new HeadlineFinder();

	HeadPass(SourceTags sources) {
		this.sources = sources;
	}

	@Override
	public Set<Label> reads() {
		return Set.of(Part.CHROME, Part.STAMP, Part.SOURCE, Part.SLUG, Fact.STAMP_DATE);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.TITLE, Part.CHROME, Part.BYLINE, Part.BYLINE_TITLE, Part.DUPLICATE, Part.LEAD, Fact.HEADLINE,
				Fact.SOURCE_NAME);
	}

	@Override
	public void apply(Draft draft) {
		int title = this.titles.findTitle(draft);
		if (title >= 0) {
			findLead(draft, title + 1);
		}
	}

	/** Authors with the stamp after them ({@code Thu Hà - 08:30, 05/12/2023}). */
	private NameLines.Byline bylineBeforeStamp(Draft draft, Paragraph paragraph) {
		Optional<DatelineParser.TrailingStamp> trailing = this.datelines.trailingStamp(paragraph.text);
		return trailing.map((stamp) -> NameLines.parse(stamp.text(), draft.words)).orElse(null);
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
			byline = (byline != null) ? byline : NameLines.fullNameInCapitals(paragraph.text, draft.words);
			if (byline != null) {
				paragraph.part = Part.BYLINE;
				paragraph.authors = byline.authors();
				draft.offerSource(byline.agency());
				continue;
			}
			if (LineKey.sameText(paragraph.text, draft.title)) {
				// the headline printed again (alt text, a second template) is no lead
				paragraph.part = Part.DUPLICATE;
				continue;
			}
			if (isLabel(paragraph.text)) {
				// "TÓM TẮT:", "Tóm tắt:": the lead follows its label
				paragraph.part = Part.CHROME;
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

	private static boolean isLabel(String text) {
		return text.endsWith(":") && TextShape.words(text) <= 3;
	}

	/** The position an author signs with, on the line under the author's name. */
	private static boolean isAuthorsPosition(Draft draft, int index) {
		Paragraph previous = draft.get(index - 1);
		Paragraph paragraph = draft.get(index);
		if (previous == null || !previous.is(Part.BYLINE) || paragraph.text.length() > 120
				|| TextShape.endsSentence(paragraph.text)) {
			return false;
		}
		// a position ("Nguyên Phó Chủ nhiệm ...") right under the name, or a short
		// affiliation ("Học viện Chính trị khu vực I") between the name and the lede
		return !paragraph.gapBefore && draft.words.startsWithBylineTitle(paragraph.text)
				|| TextShape.words(paragraph.text) <= MAX_AFFILIATION_WORDS
						&& Character.isUpperCase(paragraph.text.charAt(0)) && !TextShape.endsClause(paragraph.text)
						&& hasTextAfter(draft, index + 1);
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
		int seen = 0;
		for (int i = start; i < draft.size() && seen < REPEAT_WINDOW; i++) {
			Paragraph paragraph = draft.get(i);
			if (!paragraph.isUnknown()) {
				continue;
			}
			seen++;
			if (LineKey.sameText(paragraph.text, lead)) {
				paragraph.part = Part.DUPLICATE;
			}
		}
	}

}
