package vn.newsarchive.admin.merge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.history.MergedRecords.Merge;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;

/**
 * A merged meeting brought back by the merge's undo: its row as the merge recorded it
 * ({@link #columns}), then its participants and documents moved back from the kept
 * meeting, which loses what it gained by the merge only.
 */
@Component
class MeetingRestore {

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	MeetingRestore(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	Meeting restore(Merge merge, Meeting kept) {
		Map<String, Object> row = MovedLinks.map(merge.moved(), "record");
		this.jdbc.update("insert into meeting (id, article_id, kind, title, held_on, held_precision, held_inferred,"
				+ " place, organizer, delegation, delegation_number, slug) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				merge.mergedId(), MovedLinks.id(row, "article"), row.get("kind"), row.get("title"),
				MovedLinks.date(row.get("heldOn")), row.get("heldPrecision"), row.get("heldInferred"), row.get("place"),
				row.get("organizer"), row.get("delegation"), row.get("delegationNumber"), row.get("slug"));
		Meeting back = this.entityManager.find(Meeting.class, merge.mergedId());
		if (back == null) {
			throw new RecordNotFoundException("meeting", merge.mergedId());
		}
		Map<Long, MeetingParticipant> present = participantsByPerson(kept);
		List<Long> raised = MovedLinks.ids(merge.moved(), "raisedToChair");
		for (Map<String, Object> participant : MovedLinks.maps(merge.moved(), "participants")) {
			Long personId = MovedLinks.id(participant, "person");
			Person person = this.entityManager.find(Person.class, personId);
			if (person == null) {
				continue;
			}
			MeetingParticipant onKept = present.get(personId);
			if (Boolean.TRUE.equals(participant.get("moved")) && onKept != null) {
				this.entityManager.remove(onKept);
			}
			else if (raised.contains(personId) && onKept != null) {
				onKept.setRole(ParticipantRole.PARTICIPANT);
			}
			this.entityManager.persist(
					new MeetingParticipant(back, person, ParticipantRole.valueOf((String) participant.get("role"))));
		}
		List<Long> added = MovedLinks.ids(merge.moved(), "documentsAdded");
		for (Long id : MovedLinks.ids(merge.moved(), "documents")) {
			Resolution resolution = this.entityManager.find(Resolution.class, id);
			if (resolution != null) {
				back.getResolutions().add(resolution);
				if (added.contains(id)) {
					kept.getResolutions().remove(resolution);
				}
			}
		}
		return back;
	}

	List<MeetingParticipant> participants(Meeting meeting) {
		return this.entityManager
			.createQuery("select p from MeetingParticipant p join fetch p.person where p.meeting = :meeting"
					+ " order by p.id", MeetingParticipant.class)
			.setParameter("meeting", meeting)
			.getResultList();
	}

	Map<Long, MeetingParticipant> participantsByPerson(Meeting meeting) {
		Map<Long, MeetingParticipant> byPerson = new HashMap<>();
		participants(meeting).forEach((p) -> byPerson.put(p.getPerson().getId(), p));
		return byPerson;
	}

	static Map<String, Object> columns(Meeting meeting) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("article", meeting.getArticle().getId());
		row.put("kind", meeting.getKind());
		row.put("title", meeting.getTitle());
		row.put("heldOn", MovedLinks.text(meeting.getHeldOn()));
		row.put("heldPrecision", MovedLinks.text(meeting.getHeldPrecision()));
		row.put("heldInferred", meeting.isHeldInferred());
		row.put("place", meeting.getPlace());
		row.put("organizer", meeting.getOrganizer());
		row.put("delegation", meeting.getDelegation());
		row.put("delegationNumber", meeting.getDelegationNumber());
		row.put("slug", meeting.getSlug());
		return row;
	}

}
