package vn.newsarchive.meeting;

import java.util.List;

import vn.newsarchive.resolution.Resolution;

/**
 * Everything the meeting page shows: the meeting with its article, who led, who took
 * part, what about.
 */
record MeetingView(Meeting meeting, List<MeetingParticipant> chairs, List<MeetingParticipant> participants,
		List<Resolution> resolutions) {

}
