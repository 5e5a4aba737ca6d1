package vn.newsarchive.importer.store;

import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.history.RevisionAction;
import vn.newsarchive.history.RevisionCapture;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.AuditedEntity;

/**
 * Claims the identity keys of new records race-free, inside the article's transaction.
 * Two writers that meet the same new person or document at the same moment both run
 * {@code INSERT ... ON CONFLICT DO NOTHING}: PostgreSQL makes the second wait for the
 * first's commit and then answers "nothing inserted", so the second simply reads the row
 * the first committed. No writer ever hits a duplicate key, so no article is refused and
 * nothing is logged. Callers claim keys in a fixed order (sorted), so two writers never
 * wait on each other in a cycle.
 *
 * <p>
 * Rows claimed here bypass Hibernate's insert, so each is loaded as an entity afterwards
 * and handed to the search index explicitly.
 */
@Component
class IdentityClaims {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	IdentityClaims(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** The person with this name key: the one this writer inserted, or another's. */
	Person person(String name, String nameKey, String slug) {
		List<Long> inserted = this.jdbc.queryForList(
				"insert into person (name, name_key, slug) values (?, ?, ?) on conflict (name_key) do nothing returning id",
				Long.class, name, nameKey, slug);
		if (!inserted.isEmpty()) {
			return created(this.entityManager.find(Person.class, inserted.get(0)));
		}
		Long existing = this.jdbc.queryForObject("select id from person where name_key = ?", Long.class, nameKey);
		return this.entityManager.find(Person.class, existing);
	}

	/**
	 * Keeps another spelling of a known person; the person's index entry (its aliases
	 * feed suggestions) follows when the spelling is new.
	 */
	void alias(Person person, String alias) {
		int inserted = this.jdbc.update(
				"insert into person_alias (person_id, alias) values (?, ?) on conflict (person_id, alias) do nothing",
				person.getId(), alias);
		if (inserted > 0) {
			// the person's index entry (suggestions) and the articles naming them follow,
			// and the person's history shows the new spelling
			Search.session(this.entityManager).indexingPlan().addOrUpdate(person);
			RevisionCapture.note(this.entityManager, person, RevisionAction.EDIT, null);
		}
	}

	/**
	 * The document with the identity of {@code unsaved} (kind, number, issuer, term,
	 * date): {@code unsaved} itself, stored, when no writer had it, else the stored one.
	 */
	Claim<Resolution> resolution(Resolution unsaved) {
		Date issuedOn = (unsaved.getIssuedOn() != null) ? Date.valueOf(unsaved.getIssuedOn()) : null;
		List<Long> inserted = this.jdbc.queryForList("""
				insert into resolution (kind, type_code, number, issuer, code, term, issued_on, plenum, title, slug)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (kind, coalesce(number, ''), coalesce(issuer, ''), coalesce(term, ''),
				    coalesce(issued_on, date '0001-01-01')) do nothing
				returning id""", Long.class, unsaved.getKind(), unsaved.getTypeCode(), unsaved.getNumber(),
				unsaved.getIssuer(), unsaved.getCode(), unsaved.getTerm(), issuedOn, unsaved.getPlenum(),
				unsaved.getTitle(), unsaved.getSlug());
		if (!inserted.isEmpty()) {
			return new Claim<>(created(this.entityManager.find(Resolution.class, inserted.get(0))), true);
		}
		Long existing = this.jdbc.queryForObject(
				"""
						select id from resolution
						where kind = ? and coalesce(number, '') = coalesce(?, '') and coalesce(issuer, '') = coalesce(?, '')
						  and coalesce(term, '') = coalesce(?, '') and coalesce(issued_on, date '0001-01-01') = coalesce(?, date '0001-01-01')""",
				Long.class, unsaved.getKind(), unsaved.getNumber(), unsaved.getIssuer(), unsaved.getTerm(), issuedOn);
		return new Claim<>(this.entityManager.find(Resolution.class, existing), false);
	}

	/**
	 * Adds the participants and documents an article reports to meetings stored before
	 * it, each row once: {@code ON CONFLICT DO NOTHING} on the row's unique key, as for
	 * the identities, where Hibernate's insert would fail the loser's whole article and
	 * log a duplicate key. A meeting that gained a row gets a revision, as an edit (the
	 * history's listeners see Hibernate's inserts, not these).
	 */
	void meetingLinks(KnownMeetingLinks links) {
		Set<Long> changed = new HashSet<>();
		links.participants.forEach((meeting, roles) -> roles.forEach((person, role) -> {
			if (this.jdbc.update("insert into meeting_participant (meeting_id, person_id, role) values (?, ?, ?)"
					+ " on conflict (meeting_id, person_id) do nothing", meeting, person, role.name()) > 0) {
				changed.add(meeting);
			}
		}));
		links.documents.forEach((meeting, documents) -> documents.forEach((document) -> {
			if (this.jdbc.update("insert into meeting_resolution (meeting_id, resolution_id) values (?, ?)"
					+ " on conflict (meeting_id, resolution_id) do nothing", meeting, document) > 0) {
				changed.add(meeting);
			}
		}));
		changed.forEach((meeting) -> RevisionCapture.note(this.entityManager, links.meetings.get(meeting),
				RevisionAction.EDIT, null));
	}

	/**
	 * A record this writer created: into the search index, and its first revision (the
	 * history's listeners see Hibernate's inserts, not this one).
	 */
	private <T extends AuditedEntity> T created(T entity) {
		Search.session(this.entityManager).indexingPlan().addOrUpdate(entity);
		RevisionCapture.note(this.entityManager, entity, RevisionAction.CREATE, null);
		return entity;
	}

	/** A claimed record, and whether this writer is the one that created it. */
	record Claim<T>(T record, boolean created) {
	}

}
