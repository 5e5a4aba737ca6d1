package vn.newsarchive.importer.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.meeting.Meeting;

/**
 * Whether a meeting report is an event the archive already holds (issue 18.4): the same
 * kind on the same day, and the same organiser or the same delegation (by number when
 * both give one). A kind and a day alone are not enough: two ministries hold their review
 * conferences on the same day.
 */
final class SameEvent {

	private SameEvent() {
	}

	static Optional<Meeting> among(List<Meeting> sameKindAndDay, MeetingReport report) {
		return sameKindAndDay.stream().filter((meeting) -> same(meeting, report)).findFirst();
	}

	static boolean same(Meeting meeting, MeetingReport report) {
		if (meeting.getDelegationNumber() != null && report.delegationNumber() != null) {
			return meeting.getDelegationNumber().equals(report.delegationNumber());
		}
		return sameName(meeting.getOrganizer(), report.organizer())
				|| sameName(meeting.getDelegation(), report.delegation());
	}

	private static boolean sameName(String stored, String reported) {
		return stored != null && reported != null
				&& Objects.equals(VietnameseText.key(stored), VietnameseText.key(reported));
	}

}
