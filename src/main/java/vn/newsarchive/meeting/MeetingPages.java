package vn.newsarchive.meeting;

import java.util.List;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.system.NotFoundException;

/** Loads one meeting page in three queries: meeting with article, people, documents. */
@Component
@Transactional(readOnly = true)
class MeetingPages {

	private final MeetingRepository meetings;

	private final MeetingParticipantRepository participants;

	private final ResolutionRepository resolutions;

	MeetingPages(MeetingRepository meetings, MeetingParticipantRepository participants,
			ResolutionRepository resolutions) {
		this.meetings = meetings;
		this.participants = participants;
		this.resolutions = resolutions;
	}

	MeetingView load(long id) {
		Meeting meeting = this.meetings.findWithArticle(id).orElseThrow(() -> new NotFoundException("Meeting", id));
		List<MeetingParticipant> people = this.participants.findByMeetingWithPersons(id);
		// the other articles reporting it: the page renders after this transaction
		Hibernate.initialize(meeting.getAlsoReportedBy());
		return new MeetingView(meeting, people.stream().filter((p) -> p.getRole() == ParticipantRole.CHAIR).toList(),
				people.stream().filter((p) -> p.getRole() != ParticipantRole.CHAIR).toList(),
				this.resolutions.findDiscussedAt(id));
	}

}
