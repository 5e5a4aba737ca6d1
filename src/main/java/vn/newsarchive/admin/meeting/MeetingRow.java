package vn.newsarchive.admin.meeting;

import vn.newsarchive.admin.DateInput;
import vn.newsarchive.meeting.Meeting;

/** A meeting as the editors' pages show it, with the article that reports it. */
record MeetingRow(long id, String label, String slug, String kind, String held, long articleId, String articleTitle) {

	static MeetingRow of(Meeting meeting) {
		String held = DateInput
			.of((meeting.getHeldOn() != null) ? meeting.getHeldOn().atStartOfDay() : null, meeting.getHeldPrecision(),
					meeting.isHeldInferred())
			.getDate();
		return new MeetingRow(meeting.getId(), meeting.getLabel(), meeting.getSlug(), meeting.getKind(), held,
				meeting.getArticle().getId(), meeting.getArticle().getTitle());
	}

}
