package vn.newsarchive.admin.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.article.Article;
import vn.newsarchive.history.MergedRecords.Merge;
import vn.newsarchive.history.RecordKind;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.AuditedEntity;

/**
 * Two documents that are one: the articles citing the other and the meetings discussing
 * it cite the kept one instead.
 */
@Component
class ResolutionMerge implements RecordMerge {

	private static final int CANDIDATES = 20;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	ResolutionMerge(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	@Override
	public RecordKind kind() {
		return RecordKind.RESOLUTION;
	}

	@Override
	public Class<? extends AuditedEntity> entityClass() {
		return Resolution.class;
	}

	@Override
	public Resolution get(long id) {
		Resolution resolution = this.entityManager.find(Resolution.class, id);
		if (resolution == null) {
			throw new RecordNotFoundException("document", id);
		}
		return resolution;
	}

	@Override
	public String label(AuditedEntity record) {
		Resolution resolution = (Resolution) record;
		return (resolution.getTitle() != null) ? resolution.getLabel() + " — " + resolution.getTitle()
				: resolution.getLabel();
	}

	@Override
	public List<Candidate> candidates(String query) {
		List<Resolution> found = query.matches("\\d{1,18}")
				? this.entityManager
					.createQuery("select r from Resolution r where r.id = :id or r.number = :text", Resolution.class)
					.setParameter("id", Long.parseLong(query))
					.setParameter("text", query)
					.setMaxResults(CANDIDATES)
					.getResultList()
				: this.entityManager
					.createQuery(
							"select r from Resolution r where lower(r.code) like :q"
									+ " or lower(r.title) like :q order by r.issuedOn desc nulls last, r.id",
							Resolution.class)
					.setParameter("q", "%" + query.toLowerCase(java.util.Locale.ROOT) + "%")
					.setMaxResults(CANDIDATES)
					.getResultList();
		return found.stream().map((resolution) -> new Candidate(resolution.getId(), label(resolution))).toList();
	}

	@Override
	public List<MovedGroup> plan(AuditedEntity kept, AuditedEntity other) {
		List<MovedItem> articles = citing(other.getId()).stream()
			.map((article) -> new MovedItem(article.getTitle(), article.getResolutions().contains(kept)))
			.toList();
		List<MovedItem> meetings = discussing(other.getId()).stream()
			.map((meeting) -> new MovedItem(meeting.getLabel(), meeting.getResolutions().contains(kept)))
			.toList();
		return List.of(new MovedGroup("merge.moves.articles", articles),
				new MovedGroup("merge.moves.meetings", meetings));
	}

	@Override
	public Map<String, Object> merge(AuditedEntity keptRecord, AuditedEntity otherRecord) {
		Resolution kept = (Resolution) keptRecord;
		Resolution other = (Resolution) otherRecord;
		List<Long> articles = new ArrayList<>();
		List<Long> articlesWithKept = new ArrayList<>();
		for (Article article : citing(other.getId())) {
			articles.add(article.getId());
			if (!article.getResolutions().add(kept)) {
				articlesWithKept.add(article.getId());
			}
			article.getResolutions().remove(other);
		}
		List<Long> meetings = new ArrayList<>();
		List<Long> meetingsWithKept = new ArrayList<>();
		for (Meeting meeting : discussing(other.getId())) {
			meetings.add(meeting.getId());
			if (!meeting.getResolutions().add(kept)) {
				meetingsWithKept.add(meeting.getId());
			}
			meeting.getResolutions().remove(other);
		}
		Map<String, Object> moved = new LinkedHashMap<>();
		moved.put("record", columns(other));
		moved.put("articles", articles);
		moved.put("articlesWithKept", articlesWithKept);
		moved.put("meetings", meetings);
		moved.put("meetingsWithKept", meetingsWithKept);
		this.entityManager.remove(other);
		return moved;
	}

	@Override
	public AuditedEntity undo(Merge merge, AuditedEntity survivor) {
		Map<String, Object> row = MovedLinks.map(merge.moved(), "record");
		this.jdbc.update(
				"insert into resolution (id, kind, type_code, number, issuer, code, term, issued_on, plenum, title, slug)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				merge.mergedId(), row.get("kind"), row.get("typeCode"), row.get("number"), row.get("issuer"),
				row.get("code"), row.get("term"), MovedLinks.date(row.get("issuedOn")), row.get("plenum"),
				row.get("title"), row.get("slug"));
		Resolution back = get(merge.mergedId());
		List<Long> withKept = MovedLinks.ids(merge.moved(), "articlesWithKept");
		for (Long id : MovedLinks.ids(merge.moved(), "articles")) {
			Article article = this.entityManager.find(Article.class, id);
			if (article != null) {
				article.getResolutions().add(back);
				if (!withKept.contains(id)) {
					article.getResolutions().remove(survivor);
				}
			}
		}
		List<Long> meetingsWithKept = MovedLinks.ids(merge.moved(), "meetingsWithKept");
		for (Long id : MovedLinks.ids(merge.moved(), "meetings")) {
			Meeting meeting = this.entityManager.find(Meeting.class, id);
			if (meeting != null) {
				meeting.getResolutions().add(back);
				if (!meetingsWithKept.contains(id)) {
					meeting.getResolutions().remove(survivor);
				}
			}
		}
		Search.session(this.entityManager).indexingPlan().addOrUpdate(back);
		return back;
	}

	private List<Article> citing(long resolutionId) {
		return this.entityManager
			.createQuery("select distinct a from Article a join a.resolutions r where r.id = :id order by a.id",
					Article.class)
			.setParameter("id", resolutionId)
			.getResultList();
	}

	private List<Meeting> discussing(long resolutionId) {
		return this.entityManager
			.createQuery("select distinct m from Meeting m join m.resolutions r where r.id = :id order by m.id",
					Meeting.class)
			.setParameter("id", resolutionId)
			.getResultList();
	}

	private static Map<String, Object> columns(Resolution resolution) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", resolution.getKind());
		row.put("typeCode", resolution.getTypeCode());
		row.put("number", resolution.getNumber());
		row.put("issuer", resolution.getIssuer());
		row.put("code", resolution.getCode());
		row.put("term", resolution.getTerm());
		row.put("issuedOn", MovedLinks.text(resolution.getIssuedOn()));
		row.put("plenum", resolution.getPlenum());
		row.put("title", resolution.getTitle());
		row.put("slug", resolution.getSlug());
		return row;
	}

}
