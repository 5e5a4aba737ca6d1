package vn.newsarchive.importer.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.newsarchive.article.Article;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.kernel.PartialDate;
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

	private final JdbcTemplate jdbc;

	private final IdentityClaims claims;

	MeetingWriter(MeetingRepository meetings, MeetingParticipantRepository participants, PersonResolver personResolver,
			JdbcTemplate jdbc, IdentityClaims claims) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.meetings = meetings;
		this.participants = participants;
		this.personResolver = personResolver;
	}

	void write(Article article, List<MeetingReport> reports, Map<String, Person> persons,
			Map<String, Resolution> documents) {
		List<Meeting> storyMeetings = (article.getStoryId() != null) ? this.meetings.findByStory(article.getStoryId())
				: List.of();
		KnownMeetingLinks links = new KnownMeetingLinks();
		boolean stored = false;
		for (MeetingReport report : reports) {
			if (stored) {
				// the look-up must see the meetings this article stored: its session does
				// not flush before queries (ArticleWriter#write). Through the repository,
				// so that a concurrency failure is translated and the article retried
				this.meetings.flush();
				stored = false;
			}
			Optional<Meeting> known = reportedBefore(report, storyMeetings);
			if (known.isPresent()) {
				// one event, several articles: this one joins the meeting as another
				// report, by one link row. Not through the meeting's collections, which
				// Hibernate loads whole (every report with its texts): one organiser's
				// day reported by thousands of articles made each import cost more than
				// the last
				Meeting meeting = known.get();
				this.jdbc.update("insert into meeting_article (meeting_id, article_id) values (?, ?)"
						+ " on conflict do nothing", meeting.getId(), article.getId());
				links.documents(meeting, report.resolutions().stream().map(documents::get).toList());
				links.participants(meeting, resolved(report.chairs(), persons), ParticipantRole.CHAIR);
				links.participants(meeting, resolved(report.participants(), persons), ParticipantRole.PARTICIPANT);
				continue;
			}
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
			addDocuments(meeting, report, documents);
			this.meetings.save(meeting);
			stored = true;
			Set<Long> seen = new HashSet<>();
			addAll(meeting, report.chairs(), ParticipantRole.CHAIR, persons, seen);
			addAll(meeting, report.participants(), ParticipantRole.PARTICIPANT, persons, seen);
		}
		// last, once every person this article names is claimed: the links it adds to
		// meetings stored before it may race another writer's, and are claimed in one
		// order
		this.claims.meetingLinks(links);
	}

	/**
	 * The stored meeting this report is about: the same event (kind, day, organiser or
	 * delegation), or, for a copy of a stored story, the meeting of that kind its story
	 * reports (an excerpt may lack the date or the organiser).
	 */
	private Optional<Meeting> reportedBefore(MeetingReport report, List<Meeting> storyMeetings) {
		Optional<Meeting> sameStory = storyMeetings.stream()
			.filter((m) -> Objects.equals(m.getKind(), report.kind()))
			.findFirst();
		if (sameStory.isPresent() || report.kind() == null || report.date() == null) {
			return sameStory;
		}
		return SameEvent.among(this.meetings.findByKindAndHeldOn(report.kind(), report.date().startDate()), report);
	}

	private static void addDocuments(Meeting meeting, MeetingReport report, Map<String, Resolution> documents) {
		for (String code : report.resolutions()) {
			Resolution resolution = documents.get(code);
			if (resolution != null) {
				meeting.getResolutions().add(resolution);
			}
		}
	}

	private void addAll(Meeting meeting, List<String> names, ParticipantRole role, Map<String, Person> persons,
			Set<Long> seen) {
		for (Person person : resolved(names, persons)) {
			if (seen.add(person.getId())) {
				this.participants.save(new MeetingParticipant(meeting, person, role));
			}
		}
	}

	/** The persons these names are: those the article resolved, else claimed now. */
	private List<Person> resolved(List<String> names, Map<String, Person> persons) {
		List<Person> resolved = new ArrayList<>();
		for (String name : names) {
			Person person = persons.get(PersonNameKey.of(name));
			resolved.add((person != null) ? person : this.personResolver.resolve(name));
		}
		return resolved;
	}

}
