package vn.newsarchive.importer.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;

/**
 * The participants and documents one article adds to meetings stored before it. Another
 * writer may add the same ones at the same moment, so they are not saved as entities but
 * collected here and claimed together ({@link IdentityClaims#meetingLinks}), sorted by
 * meeting and then by person or document, so that two writers always claim in the same
 * order and never wait on each other in a cycle.
 */
final class KnownMeetingLinks {

	final Map<Long, Meeting> meetings = new TreeMap<>();

	/** Person ids by meeting id: the first role a person is named in (chairs first). */
	final SortedMap<Long, SortedMap<Long, ParticipantRole>> participants = new TreeMap<>();

	final SortedMap<Long, SortedSet<Long>> documents = new TreeMap<>();

	void participants(Meeting meeting, List<Person> persons, ParticipantRole role) {
		this.meetings.put(meeting.getId(), meeting);
		SortedMap<Long, ParticipantRole> roles = this.participants.computeIfAbsent(meeting.getId(),
				(id) -> new TreeMap<>());
		persons.forEach((person) -> roles.putIfAbsent(person.getId(), role));
	}

	/** The documents the report names; those the article could not store are null. */
	void documents(Meeting meeting, List<Resolution> resolutions) {
		this.meetings.put(meeting.getId(), meeting);
		SortedSet<Long> ids = this.documents.computeIfAbsent(meeting.getId(), (id) -> new TreeSet<>());
		resolutions.stream().filter(Objects::nonNull).forEach((resolution) -> ids.add(resolution.getId()));
	}

}
