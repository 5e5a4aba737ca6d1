package vn.newsarchive.importer.segment;

import java.util.Set;

import vn.newsarchive.importer.segment.Label.Fact;
import vn.newsarchive.kernel.PartialDate;

/**
 * Chooses the publication time among the stamp lines. In the head (before the story's
 * first paragraph) a stamp on or under the headline beats one above it (sites print the
 * crawl-day clock in their top bar), and there a line that is only a stamp beats a clock
 * among other things (a byline, a hotline). Then the crawler's {@code date} token; then a
 * stamp line elsewhere outside the tail. Dates inside sentences are never stamps.
 */
final class PublicationPass implements SegmentPass {

	@Override
	public Set<Label> reads() {
		return Set.of(Part.TITLE, Part.BODY, Fact.STAMP_DATE, Fact.CRAWLER_DATE, Fact.IN_TAIL);
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Fact.PUBLISHED);
	}

	@Override
	public void apply(Draft draft) {
		int title = draft.indexOf(Part.TITLE);
		int body = firstStory(draft);
		// from the headline on: a headline may carry the stamp glued to its end
		PartialDate chosen = pick(draft, title, body, true);
		if (chosen == null && title >= 0) {
			chosen = pick(draft, title, body, false);
		}
		if (chosen == null) {
			chosen = pick(draft, 0, Math.min(Math.max(title, 0), body), true);
		}
		if (chosen == null) {
			chosen = pick(draft, title + 1, body, false);
		}
		if (chosen == null) {
			chosen = pick(draft, 0, Math.min(Math.max(title, 0), body), false);
		}
		if (chosen == null) {
			chosen = draft.crawlerDate;
		}
		if (chosen == null) {
			for (Paragraph paragraph : draft.paragraphs) {
				if (paragraph.stamp != null && paragraph.stampPure && !paragraph.inTail) {
					chosen = paragraph.stamp;
					break;
				}
			}
		}
		draft.published = chosen;
	}

	private static PartialDate pick(Draft draft, int from, int to, boolean pure) {
		for (int i = Math.max(from, 0); i < to; i++) {
			Paragraph paragraph = draft.get(i);
			if (paragraph.stamp != null && paragraph.stampPure == pure) {
				return paragraph.stamp;
			}
		}
		return null;
	}

	private static int firstStory(Draft draft) {
		for (int i = 0; i < draft.size(); i++) {
			if (draft.get(i).is(Part.BODY)) {
				return i;
			}
		}
		return draft.size();
	}

}
