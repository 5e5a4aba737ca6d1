package vn.newsarchive.importer.segment;

import java.util.Optional;

import vn.newsarchive.importer.dateline.DatelineParser;
import vn.newsarchive.importer.dateline.DatelineParser.Stamp;
import vn.newsarchive.importer.model.PartialDate;

/**
 * Finds stamp lines and crawler tokens. A line that is only a stamp is not text; a short
 * line with a clock among other things (a hotline, an author) is remembered as a weaker
 * candidate.
 */
final class StampPass implements SegmentPass {

	private final DatelineParser parser = new DatelineParser();

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
				}
				continue;
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
