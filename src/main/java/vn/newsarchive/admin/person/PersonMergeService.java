package vn.newsarchive.admin.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.EditorText;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.Versions;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.article.ArticlePersonRepository;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.meeting.MeetingParticipantRepository;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.person.PositionHeld;
import vn.newsarchive.person.PositionHeldRepository;

/**
 * Merges two persons that are one real person, in one transaction: the other person's
 * mentions, positions and meeting participations move to the kept one, where the kept one
 * is already in that article or meeting (or holds that title from that article) the
 * other's row gives way, and the other's name becomes an alias. Rows are moved through
 * JPA, so the search index follows.
 */
@Service
class PersonMergeService {

	private static final int CANDIDATES = 20;

	private final PersonRepository persons;

	private final PersonAdminRepository queries;

	private final ArticlePersonRepository mentions;

	private final PositionHeldRepository positions;

	private final MeetingParticipantRepository participants;

	PersonMergeService(PersonRepository persons, PersonAdminRepository queries, ArticlePersonRepository mentions,
			PositionHeldRepository positions, MeetingParticipantRepository participants) {
		this.persons = persons;
		this.queries = queries;
		this.mentions = mentions;
		this.positions = positions;
		this.participants = participants;
	}

	/** Persons the editor may mean: by id when a number is typed, else by name. */
	@Transactional(readOnly = true)
	List<Person> candidates(long keptId, String text) {
		String query = EditorText.clean(text);
		if (query == null) {
			return List.of();
		}
		List<Person> found = query.matches("\\d{1,18}") ? this.persons.findById(Long.parseLong(query)).stream().toList()
				: this.queries.findByNameContainingIgnoreCase(query, PageRequest.of(0, CANDIDATES)).getContent();
		return found.stream().filter((person) -> person.getId() != keptId).toList();
	}

	@Transactional
	Person merge(long keptId, Long keptVersion, long otherId) {
		if (keptId == otherId) {
			throw new IllegalArgumentException("a person cannot be merged with itself");
		}
		Person kept = get(keptId);
		Versions.check(kept, keptVersion);
		Person other = get(otherId);
		moveMentions(other, kept);
		movePositions(other, kept);
		moveParticipations(other, kept);
		if (!other.getName().equals(kept.getName())) {
			kept.getAliases().add(other.getName());
		}
		other.getAliases().stream().filter((alias) -> !alias.equals(kept.getName())).forEach(kept.getAliases()::add);
		this.persons.delete(other);
		return Versions.flushing(() -> this.persons.saveAndFlush(kept));
	}

	private void moveMentions(Person from, Person to) {
		Map<Long, ArticlePerson> present = new HashMap<>();
		this.queries.mentionsOf(to).forEach((m) -> present.put(m.getArticle().getId(), m));
		for (ArticlePerson mention : this.queries.mentionsOf(from)) {
			ArticlePerson existing = present.get(mention.getArticle().getId());
			if (existing == null) {
				mention.setPerson(to);
			}
			else {
				// both were named in the same article: one mention, keeping any titles
				if (existing.getTitles() == null) {
					existing.setTitles(mention.getTitles());
				}
				this.mentions.delete(mention);
			}
		}
	}

	private void movePositions(Person from, Person to) {
		Set<String> held = new HashSet<>();
		this.queries.positionsOf(to).forEach((p) -> held.add(positionKey(p)));
		for (PositionHeld position : this.queries.positionsOf(from)) {
			if (held.add(positionKey(position))) {
				position.setPerson(to);
			}
			else {
				this.positions.delete(position);
			}
		}
	}

	private void moveParticipations(Person from, Person to) {
		Map<Long, MeetingParticipant> present = new HashMap<>();
		this.queries.participationsOf(to).forEach((p) -> present.put(p.getMeeting().getId(), p));
		for (MeetingParticipant participation : this.queries.participationsOf(from)) {
			MeetingParticipant existing = present.get(participation.getMeeting().getId());
			if (existing == null) {
				participation.setPerson(to);
			}
			else {
				if (participation.getRole() == ParticipantRole.CHAIR) {
					existing.setRole(ParticipantRole.CHAIR);
				}
				this.participants.delete(participation);
			}
		}
	}

	private static String positionKey(PositionHeld position) {
		return position.getTitle() + "\u0000" + ((position.getArticle() != null) ? position.getArticle().getId() : "");
	}

	private Person get(long id) {
		return this.persons.findById(id).orElseThrow(() -> new RecordNotFoundException("person", id));
	}

}
