package vn.newsarchive.admin.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.history.MergedRecords.Merge;
import vn.newsarchive.history.RecordKind;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.system.AuditedEntity;

/**
 * Two persons that are one real person: the other's mentions, positions and meeting
 * participations move to the kept one; where the kept one is already in that article or
 * meeting (or holds that title from that article) the other's row gives way, and the
 * other's name and spellings become the kept one's spellings. What moved and what gave
 * way is kept, row by row, so that the merge can be undone.
 */
@Component
class PersonMerge implements RecordMerge {

	private static final int CANDIDATES = 20;

	private final EntityManager entityManager;

	private final PersonRepository persons;

	private final PersonLinks links;

	private final HeldPositions positions;

	private final JdbcTemplate jdbc;

	PersonMerge(EntityManager entityManager, PersonRepository persons, PersonLinks links, HeldPositions positions,
			JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.persons = persons;
		this.links = links;
		this.positions = positions;
		this.jdbc = jdbc;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.PERSON;
	}

	@Override
	public Class<? extends AuditedEntity> entityClass() {
		return Person.class;
	}

	@Override
	public Person get(long id) {
		return this.persons.findById(id).orElseThrow(() -> new RecordNotFoundException("person", id));
	}

	@Override
	public String label(AuditedEntity record) {
		return ((Person) record).getName();
	}

	@Override
	public List<Candidate> candidates(String query) {
		List<Person> found = query.matches("\\d{1,18}") ? this.persons.findById(Long.parseLong(query)).stream().toList()
				: this.entityManager
					.createQuery("select p from Person p where lower(p.name) like :q order by p.name", Person.class)
					.setParameter("q", "%" + query.toLowerCase(java.util.Locale.ROOT) + "%")
					.setMaxResults(CANDIDATES)
					.getResultList();
		return found.stream().map((person) -> new Candidate(person.getId(), person.getName())).toList();
	}

	@Override
	public List<MovedGroup> plan(AuditedEntity keptRecord, AuditedEntity otherRecord) {
		Person kept = (Person) keptRecord;
		Person other = (Person) otherRecord;
		Set<Long> keptArticles = new LinkedHashSet<>();
		this.links.mentionsOf(kept).forEach((m) -> keptArticles.add(m.getArticle().getId()));
		Set<String> keptPositions = new LinkedHashSet<>();
		this.positions.of(kept).forEach((p) -> keptPositions.add(HeldPositions.key(p)));
		Set<Long> keptMeetings = new LinkedHashSet<>();
		this.links.participationsOf(kept).forEach((p) -> keptMeetings.add(p.getMeeting().getId()));
		List<MovedItem> mentions = this.links.mentionsOf(other)
			.stream()
			.map((m) -> new MovedItem(m.getArticle().getTitle(), keptArticles.contains(m.getArticle().getId())))
			.toList();
		List<MovedItem> positions = this.positions.of(other)
			.stream()
			.map((p) -> new MovedItem(p.getTitle(), keptPositions.contains(HeldPositions.key(p))))
			.toList();
		List<MovedItem> meetings = this.links.participationsOf(other)
			.stream()
			.map((p) -> new MovedItem(p.getMeeting().getLabel(), keptMeetings.contains(p.getMeeting().getId())))
			.toList();
		List<MovedItem> aliases = new ArrayList<>();
		aliases.add(new MovedItem(other.getName(), kept.getAliases().contains(other.getName())));
		other.getAliases().forEach((alias) -> aliases.add(new MovedItem(alias, kept.getAliases().contains(alias))));
		return List.of(new MovedGroup("merge.moves.mentions", mentions),
				new MovedGroup("merge.moves.positions", positions),
				new MovedGroup("merge.moves.participations", meetings), new MovedGroup("merge.moves.aliases", aliases));
	}

	@Override
	public Map<String, Object> merge(AuditedEntity keptRecord, AuditedEntity otherRecord) {
		Person kept = (Person) keptRecord;
		Person other = (Person) otherRecord;
		Map<String, Object> moved = new LinkedHashMap<>();
		moved.put("record", Map.of("name", other.getName(), "nameKey", other.getNameKey(), "slug", other.getSlug(),
				"aliases", List.copyOf(other.getAliases())));
		moved.put("mentions", this.links.moveMentions(other, kept));
		moved.put("positions", this.positions.move(other, kept));
		moved.put("participations", this.links.moveParticipations(other, kept));
		List<String> added = new ArrayList<>();
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add(other.getName());
		spellings.addAll(other.getAliases());
		for (String spelling : spellings) {
			if (!spelling.equals(kept.getName()) && kept.getAliases().add(spelling)) {
				added.add(spelling);
			}
		}
		moved.put("aliasesAdded", added);
		this.entityManager.remove(other);
		return moved;
	}

	@Override
	@SuppressWarnings("unchecked")
	public AuditedEntity undo(Merge merge, AuditedEntity survivor) {
		Person kept = (Person) survivor;
		Map<String, Object> row = MovedLinks.map(merge.moved(), "record");
		this.jdbc.update("insert into person (id, name, name_key, slug) values (?, ?, ?, ?)", merge.mergedId(),
				row.get("name"), row.get("nameKey"), row.get("slug"));
		Person back = get(merge.mergedId());
		back.getAliases().addAll((List<String>) row.get("aliases"));
		kept.getAliases().removeAll((List<String>) merge.moved().get("aliasesAdded"));
		this.links.restoreMentions(MovedLinks.maps(merge.moved(), "mentions"), kept, back);
		this.positions.restore(MovedLinks.maps(merge.moved(), "positions"), back);
		this.links.restoreParticipations(MovedLinks.maps(merge.moved(), "participations"), kept, back);
		Search.session(this.entityManager).indexingPlan().addOrUpdate(back);
		return back;
	}

}
