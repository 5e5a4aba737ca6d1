package vn.newsarchive.admin.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.history.MergedRecords.Merge;
import vn.newsarchive.history.RecordKind;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.AuditedEntity;

/**
 * Two meetings that are one event (two articles reported it): the other's participants
 * and documents move to the kept one; a person in both keeps one participation, as chair
 * when either was. A meeting is reported by one article, so the other's article keeps no
 * meeting (until the merge is undone).
 */
@Component
class MeetingMerge implements RecordMerge {

	private static final int CANDIDATES = 20;

	private final EntityManager entityManager;

	private final MeetingRestore restore;

	MeetingMerge(EntityManager entityManager, MeetingRestore restore) {
		this.entityManager = entityManager;
		this.restore = restore;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.MEETING;
	}

	@Override
	public Class<? extends AuditedEntity> entityClass() {
		return Meeting.class;
	}

	@Override
	public Meeting get(long id) {
		Meeting meeting = this.entityManager.find(Meeting.class, id);
		if (meeting == null) {
			throw new RecordNotFoundException("meeting", id);
		}
		return meeting;
	}

	@Override
	public String label(AuditedEntity record) {
		Meeting meeting = (Meeting) record;
		return (meeting.getHeldOn() != null) ? meeting.getLabel() + " (" + meeting.getHeldOn() + ")"
				: meeting.getLabel();
	}

	@Override
	public List<Candidate> candidates(String query) {
		List<Meeting> found = query.matches("\\d{1,18}")
				? this.entityManager.createQuery("select m from Meeting m where m.id = :id", Meeting.class)
					.setParameter("id", Long.parseLong(query))
					.getResultList()
				: this.entityManager
					.createQuery("select m from Meeting m where lower(m.title) like :q"
							+ " or lower(m.kind) like :q or lower(m.delegation) like :q"
							+ " order by m.heldOn desc nulls last, m.id", Meeting.class)
					.setParameter("q", "%" + query.toLowerCase(java.util.Locale.ROOT) + "%")
					.setMaxResults(CANDIDATES)
					.getResultList();
		return found.stream().map((meeting) -> new Candidate(meeting.getId(), label(meeting))).toList();
	}

	@Override
	public List<MovedGroup> plan(AuditedEntity keptRecord, AuditedEntity otherRecord) {
		Meeting kept = (Meeting) keptRecord;
		Meeting other = (Meeting) otherRecord;
		Map<Long, MeetingParticipant> present = this.restore.participantsByPerson(kept);
		List<MovedItem> participants = this.restore.participants(other)
			.stream()
			.map((p) -> new MovedItem(p.getPerson().getName() + " — " + p.getRole(),
					present.containsKey(p.getPerson().getId())))
			.toList();
		List<MovedItem> documents = other.getResolutions()
			.stream()
			.map((r) -> new MovedItem(r.getLabel(), kept.getResolutions().contains(r)))
			.toList();
		List<MovedItem> report = List.of(new MovedItem(other.getArticle().getTitle(), false));
		return List.of(new MovedGroup("merge.moves.participants", participants),
				new MovedGroup("merge.moves.documents", documents), new MovedGroup("merge.moves.report", report));
	}

	@Override
	public Map<String, Object> merge(AuditedEntity keptRecord, AuditedEntity otherRecord) {
		Meeting kept = (Meeting) keptRecord;
		Meeting other = (Meeting) otherRecord;
		Map<Long, MeetingParticipant> present = this.restore.participantsByPerson(kept);
		List<Map<String, Object>> participants = new ArrayList<>();
		List<Long> raised = new ArrayList<>();
		for (MeetingParticipant participant : this.restore.participants(other)) {
			Person person = participant.getPerson();
			MeetingParticipant existing = present.get(person.getId());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("person", person.getId());
			row.put("role", participant.getRole().name());
			row.put("moved", existing == null);
			participants.add(row);
			if (existing == null) {
				this.entityManager.persist(new MeetingParticipant(kept, person, participant.getRole()));
			}
			else if (participant.getRole() == ParticipantRole.CHAIR && existing.getRole() != ParticipantRole.CHAIR) {
				existing.setRole(ParticipantRole.CHAIR);
				raised.add(person.getId());
			}
			this.entityManager.remove(participant);
		}
		List<Long> documents = new ArrayList<>();
		List<Long> added = new ArrayList<>();
		for (Resolution resolution : other.getResolutions()) {
			documents.add(resolution.getId());
			if (kept.getResolutions().add(resolution)) {
				added.add(resolution.getId());
			}
		}
		Map<String, Object> moved = new LinkedHashMap<>();
		moved.put("record", MeetingRestore.columns(other));
		moved.put("participants", participants);
		moved.put("raisedToChair", raised);
		moved.put("documents", documents);
		moved.put("documentsAdded", added);
		other.getResolutions().clear();
		this.entityManager.remove(other);
		return moved;
	}

	@Override
	public AuditedEntity undo(Merge merge, AuditedEntity survivor) {
		return this.restore.restore(merge, (Meeting) survivor);
	}

}
