package vn.newsarchive.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.system.DateRange;
import vn.newsarchive.system.ArchiveTallies.Kind;

/**
 * The documents index, filtered by kind, term, a piece of code or title, or the dates
 * they were issued (an undated document is outside any range), sorted by code, by number
 * of citing articles or by date. Documents sharing a code stay separate rows.
 * <p>
 * Only the filters given are written into the query: a condition such as
 * {@code (:kind is null or r.kind = :kind)} kept PostgreSQL from reading the first page
 * from the top of {@code ix_resolution_list}, so every page sorted every document. The
 * unfiltered count is the tally kept on write.
 */
@Component
@Transactional(readOnly = true)
class ResolutionIndex {

	static final Map<String, String> ORDERS = Map.of("code", "r.kind, r.code nulls last, r.issuedOn", "count",
			"coalesce(t.total, 0) desc, r.code", "date", "r.issuedOn desc nulls last, r.code");

	private final EntityManager em;

	ResolutionIndex(EntityManager em) {
		this.em = em;
	}

	Page<ResolutionRow> find(String kind, String term, String text, DateRange dates, String sort,
			PageRequest pageable) {
		String like = (text != null && !text.isBlank()) ? "%" + text.strip().toLowerCase() + "%" : null;
		List<String> conditions = new ArrayList<>();
		if (kind != null) {
			conditions.add("r.kind = :kind");
		}
		if (term != null) {
			conditions.add("r.term = :term");
		}
		if (like != null) {
			conditions.add("(lower(r.code) like :text or lower(r.title) like :text)");
		}
		if (dates.from() != null) {
			conditions.add("r.issuedOn >= :from");
		}
		if (dates.to() != null) {
			conditions.add("r.issuedOn < :end");
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		var rows = this.em
			.createQuery("select new vn.newsarchive.resolution.ResolutionRow(r.id, r.code, r.kind, r.number,"
					+ " r.issuer, r.term, r.issuedOn, r.title, r.slug, coalesce(t.total, 0),"
					+ " (select count(o) from Resolution o where o.code = r.code))"
					+ " from Resolution r left join ArchiveTally t on t.kind = 'citations' and t.recordId = r.id"
					+ where + " order by " + ORDERS.getOrDefault(sort, ORDERS.get("code")), ResolutionRow.class)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize());
		var count = this.em.createQuery("select count(r) from Resolution r" + where, Long.class);
		if (kind != null) {
			rows.setParameter("kind", kind);
			count.setParameter("kind", kind);
		}
		if (term != null) {
			rows.setParameter("term", term);
			count.setParameter("term", term);
		}
		if (like != null) {
			rows.setParameter("text", like);
			count.setParameter("text", like);
		}
		if (dates.from() != null) {
			rows.setParameter("from", dates.from());
			count.setParameter("from", dates.from());
		}
		if (dates.to() != null) {
			rows.setParameter("end", dates.endExclusive());
			count.setParameter("end", dates.endExclusive());
		}
		long total = conditions.isEmpty() ? ArchiveTallies.counts(this.em, 0, Kind.RESOLUTIONS).get(Kind.RESOLUTIONS)
				: count.getSingleResult();
		return new PageImpl<>(rows.getResultList(), pageable, total);
	}

}
