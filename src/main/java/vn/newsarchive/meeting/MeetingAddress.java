package vn.newsarchive.meeting;

import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * What a reader calls a meeting, and its permalink {@code /su-kien/{id}-{slug}} with the
 * slug made from that name when the meeting has none: one rule for the entity and every
 * view of a meeting.
 */
final class MeetingAddress {

	private MeetingAddress() {
	}

	/** Its title, else its delegation, else its kind. */
	static String label(String title, String delegation, String kind) {
		if (title != null && !title.isBlank()) {
			return title;
		}
		if (delegation != null && !delegation.isBlank()) {
			return delegation;
		}
		return (kind != null) ? kind : "";
	}

	static String of(Long id, String slug, String label) {
		return Permalinks.of(Permalinks.MEETING, id, Slugs.canonical(slug, label));
	}

}
