package vn.newsarchive.importer.meeting;

import java.util.List;

import vn.newsarchive.importer.EntityExtractor;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.SegmentedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** The one meeting extracted from a test article. */
final class OnlyMeeting {

	private static final EntityExtractor EXTRACTOR = new EntityExtractor();

	private OnlyMeeting() {
	}

	static MeetingReport of(SegmentedArticle article) {
		List<MeetingReport> meetings = EXTRACTOR.extract(article).meetings();
		assertThat(meetings).hasSize(1);
		return meetings.get(0);
	}

}
