package vn.newsarchive.importer.model;

import java.util.List;

/** Everything the importer extracted from one input file; the unit that import stores. */
public record ExtractedArticle(String file, String contentHash, SegmentedArticle article, List<PersonMention> persons,
		List<DocumentReference> resolutions, List<MeetingReport> meetings) {
}
