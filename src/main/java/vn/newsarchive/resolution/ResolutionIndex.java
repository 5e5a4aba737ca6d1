package vn.newsarchive.resolution;

import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents index, filtered by kind, term or a piece of code or title, sorted by
 * code, by number of citing articles or by date. Documents sharing a code stay separate
 * rows.
 */
@Component
@Transactional(readOnly = true)
class ResolutionIndex {

	static final Map<String, String> ORDERS = Map.of("code", "r.kind, r.code nulls last, r.issuedOn", "count",
			"coalesce(t.total, 0) desc, r.code", "date", "r.issuedOn desc nulls last, r.code");

	private static final String WHERE = " where (:kind is null or r.kind = :kind) and (:term is null or r.term = :term)"
			+ " and (:text is null or lower(r.code) like :text or lower(r.title) like :text)";

	private final EntityManager em;

	ResolutionIndex(EntityManager em) {
		this.em = em;
	}

	Page<ResolutionRow> find(String kind, String term, String text, String sort, PageRequest pageable) {
		String like = (text != null && !text.isBlank()) ? "%" + text.strip().toLowerCase() + "%" : null;
		var rows = this.em
			.createQuery("select new vn.newsarchive.resolution.ResolutionRow(r.id, r.code, r.kind, r.number,"
					+ " r.issuer, r.term, r.issuedOn, r.title, r.slug, coalesce(t.total, 0),"
					+ " (select count(o) from Resolution o where o.code = r.code))"
					+ " from Resolution r left join ArchiveTally t on t.kind = 'citations' and t.recordId = r.id"
					+ WHERE + " order by " + ORDERS.getOrDefault(sort, ORDERS.get("code")), ResolutionRow.class)
			.setParameter("kind", kind)
			.setParameter("term", term)
			.setParameter("text", like)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		Long total = this.em.createQuery("select count(r) from Resolution r" + WHERE, Long.class)
			.setParameter("kind", kind)
			.setParameter("term", term)
			.setParameter("text", like)
			.getSingleResult();
		return new PageImpl<>(rows, pageable, total);
	}

}
