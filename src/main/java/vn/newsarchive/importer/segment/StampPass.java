package vn.newsarchive.importer.segment;

import java.util.Optional;
import java.util.Set;

import vn.newsarchive.importer.dateline.DatelineParser;
import vn.newsarchive.importer.dateline.DatelineParser.Stamp;
import vn.newsarchive.importer.segment.Label.Fact;
import vn.newsarchive.kernel.PartialDate;

/**
 * Finds stamp lines and crawler tokens. A line that is only a stamp is not text; a short
 * line with a clock among other things (a hotline, an author) is remembered as a weaker
 * candidate.
 */
final class StampPass implements SegmentPass {

	private final DatelineParser parser = new DatelineParser();

	@Override
	public Set<Label> reads() {
		return Set.of();
	}

	@Override
	public Set<Label> writes() {
		return Set.of(Part.STAMP, Part.CHROME, Fact.STAMP_DATE, Fact.CRAWLER_DATE);
	}

	@Override
	public void apply(Draft draft) {
		for (Paragraph paragraph : draft.paragraphs) {
			Optional<PartialDate> crawled = this.parser.crawlerDate(paragraph.text);
			if (crawled.isPresent()) {
				if (draft.crawlerDate == null) {
					draft.crawlerDate = crawled.get();
				}
				paragraph.text = this.parser.stripCrawlerToken(paragraph.text);
				if (paragraph.text.isEmpty()) {
					paragraph.part = Part.CHROME;
					continue;
				}
				// the rest of the line may hold the stamp too: "date 2025-06 {headline}
				// 30/06/2025 08:54" (session 17)
			}
			Optional<Stamp> stamp = this.parser.parseLine(paragraph.text);
			if (stamp.isPresent()) {
				paragraph.stamp = stamp.get().date();
				paragraph.stampPure = stamp.get().pure();
				if (paragraph.stampPure) {
					paragraph.part = Part.STAMP;
				}
			}
		}
	}

}
