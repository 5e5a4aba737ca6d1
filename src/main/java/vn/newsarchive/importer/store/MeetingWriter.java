package vn.newsarchive.importer.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.newsarchive.article.Article;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PartialDate;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.meeting.MeetingParticipantRepository;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.Slugs;

/**
 * Stores the meetings an article reports, linked to the people and documents already
 * resolved.
 */
@Component
class MeetingWriter {

	private final MeetingRepository meetings;

	private final MeetingParticipantRepository participants;

	private final PersonResolver personResolver;

	MeetingWriter(MeetingRepository meetings, MeetingParticipantRepository participants,
			PersonResolver personResolver) {
		this.meetings = meetings;
		this.participants = participants;
		this.personResolver = personResolver;
	}

	void write(Article article, List<MeetingReport> reports, Map<String, Person> persons,
			Map<String, Resolution> documents) {
		for (MeetingReport report : reports) {
			Meeting meeting = new Meeting(article, report.kind(), report.title());
			PartialDate date = report.date();
			if (date != null) {
				meeting.setHeld(date.startDate(), date.precision(), date.inferred());
			}
			meeting.setPlace(report.place());
			meeting.setOrganizer(report.organizer());
			meeting.setDelegation(report.delegation());
			meeting.setDelegationNumber(report.delegationNumber());
			meeting.setSlug(Slugs.of(meeting.getLabel()));
			for (String code : report.resolutions()) {
				Resolution resolution = documents.get(code);
				if (resolution != null) {
					meeting.getResolutions().add(resolution);
				}
			}
			this.meetings.save(meeting);
			Set<Long> seen = new HashSet<>();
			addAll(meeting, report.chairs(), ParticipantRole.CHAIR, persons, seen);
			addAll(meeting, report.participants(), ParticipantRole.PARTICIPANT, persons, seen);
		}
	}

	private void addAll(Meeting meeting, List<String> names, ParticipantRole role, Map<String, Person> persons,
			Set<Long> seen) {
		for (String name : names) {
			Person person = persons.get(PersonNameKey.of(name));
			if (person == null) {
				person = this.personResolver.resolve(name);
			}
			if (seen.add(person.getId())) {
				this.participants.save(new MeetingParticipant(meeting, person, role));
			}
		}
	}

}
