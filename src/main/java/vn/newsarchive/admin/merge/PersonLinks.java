package vn.newsarchive.admin.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.person.Person;

/**
 * A person's mentions in articles and participations in meetings, moved to another person
 * by a merge and moved back by its undo (the positions held move with
 * {@link HeldPositions}). Each move returns one map per row: {@code moved} with the row's
 * id, or the row's data when it gave way to the kept person's own row.
 */
@Component
class PersonLinks {

	private final EntityManager entityManager;

	PersonLinks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<ArticlePerson> mentionsOf(Person person) {
		return this.entityManager
			.createQuery("select m from ArticlePerson m join fetch m.article where m.person = :person order by m.id",
					ArticlePerson.class)
			.setParameter("person", person)
			.getResultList();
	}

	List<MeetingParticipant> participationsOf(Person person) {
		return this.entityManager
			.createQuery("select p from MeetingParticipant p join fetch p.meeting where p.person = :person"
					+ " order by p.id", MeetingParticipant.class)
			.setParameter("person", person)
			.getResultList();
	}

	List<Map<String, Object>> moveMentions(Person from, Person to) {
		Map<Long, ArticlePerson> present = new HashMap<>();
		mentionsOf(to).forEach((m) -> present.put(m.getArticle().getId(), m));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ArticlePerson mention : mentionsOf(from)) {
			ArticlePerson existing = present.get(mention.getArticle().getId());
			if (existing == null) {
				mention.setPerson(to);
				rows.add(Map.of("moved", mention.getId()));
				continue;
			}
			// both were named in the same article: one mention, keeping any titles
			boolean filled = existing.getTitles() == null && mention.getTitles() != null;
			if (filled) {
				existing.setTitles(mention.getTitles());
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("article", mention.getArticle().getId());
			row.put("titles", mention.getTitles());
			row.put("order", mention.getMentionOrder());
			row.put("filledKeptTitles", filled);
			rows.add(row);
			this.entityManager.remove(mention);
		}
		return rows;
	}

	void restoreMentions(List<Map<String, Object>> rows, Person kept, Person back) {
		Map<Long, ArticlePerson> keptMentions = new HashMap<>();
		mentionsOf(kept).forEach((m) -> keptMentions.put(m.getArticle().getId(), m));
		for (Map<String, Object> row : rows) {
			if (row.containsKey("moved")) {
				ArticlePerson mention = this.entityManager.find(ArticlePerson.class, MovedLinks.id(row, "moved"));
				if (mention != null) {
					mention.setPerson(back);
				}
				continue;
			}
			Article article = this.entityManager.find(Article.class, MovedLinks.id(row, "article"));
			if (article != null) {
				this.entityManager.persist(new ArticlePerson(article, back, (String) row.get("titles"),
						((Number) row.get("order")).intValue()));
				ArticlePerson onKept = keptMentions.get(article.getId());
				if (Boolean.TRUE.equals(row.get("filledKeptTitles")) && onKept != null) {
					onKept.setTitles(null);
				}
			}
		}
	}

	List<Map<String, Object>> moveParticipations(Person from, Person to) {
		Map<Long, MeetingParticipant> present = new HashMap<>();
		participationsOf(to).forEach((p) -> present.put(p.getMeeting().getId(), p));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (MeetingParticipant participation : participationsOf(from)) {
			MeetingParticipant existing = present.get(participation.getMeeting().getId());
			if (existing == null) {
				participation.setPerson(to);
				rows.add(Map.of("moved", participation.getId()));
				continue;
			}
			boolean raised = participation.getRole() == ParticipantRole.CHAIR
					&& existing.getRole() != ParticipantRole.CHAIR;
			if (raised) {
				existing.setRole(ParticipantRole.CHAIR);
			}
			rows.add(Map.of("meeting", participation.getMeeting().getId(), "role", participation.getRole().name(),
					"raisedKept", raised));
			this.entityManager.remove(participation);
		}
		return rows;
	}

	void restoreParticipations(List<Map<String, Object>> rows, Person kept, Person back) {
		Map<Long, MeetingParticipant> keptParticipations = new HashMap<>();
		participationsOf(kept).forEach((p) -> keptParticipations.put(p.getMeeting().getId(), p));
		for (Map<String, Object> row : rows) {
			if (row.containsKey("moved")) {
				MeetingParticipant participation = this.entityManager.find(MeetingParticipant.class,
						MovedLinks.id(row, "moved"));
				if (participation != null) {
					participation.setPerson(back);
				}
				continue;
			}
			Meeting meeting = this.entityManager.find(Meeting.class, MovedLinks.id(row, "meeting"));
			if (meeting != null) {
				this.entityManager
					.persist(new MeetingParticipant(meeting, back, ParticipantRole.valueOf((String) row.get("role"))));
				MeetingParticipant onKept = keptParticipations.get(meeting.getId());
				if (Boolean.TRUE.equals(row.get("raisedKept")) && onKept != null) {
					onKept.setRole(ParticipantRole.PARTICIPANT);
				}
			}
		}
	}

}
