package vn.newsarchive.person;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.system.Slugs;

/**
 * The people index: filtered by initial or by a piece of the name (typed with or without
 * diacritics, matched against the ASCII slug), sorted by name or by number of articles
 * (each person's tally, kept on write: no page aggregates the mentions).
 */
@Component
@Transactional(readOnly = true)
class PersonIndex {

	static final Map<String, String> ORDERS = Map.of("name", "p.slug, p.name", "count",
			"coalesce(t.total, 0) desc, p.slug");

	private static final String WHERE = " where (:initial is null or p.name like :initial)"
			+ " and (:folded is null or p.slug like :folded)";

	private final EntityManager em;

	PersonIndex(EntityManager em) {
		this.em = em;
	}

	Page<PersonCount> find(String initial, String text, String sort, PageRequest pageable) {
		String folded = (text != null && !text.isBlank()) ? "%" + Slugs.of(text) + "%" : null;
		String prefix = (initial != null) ? initial + "%" : null;
		TypedQuery<PersonCount> rows = this.em
			.createQuery("select new vn.newsarchive.person.PersonCount(p.id, p.name, p.slug, coalesce(t.total, 0))"
					+ " from Person p left join ArchiveTally t on t.kind = 'mentions' and t.recordId = p.id" + WHERE
					+ " order by " + ORDERS.getOrDefault(sort, ORDERS.get("name")), PersonCount.class)
			.setParameter("initial", prefix)
			.setParameter("folded", folded)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize());
		Long total = this.em.createQuery("select count(p) from Person p" + WHERE, Long.class)
			.setParameter("initial", prefix)
			.setParameter("folded", folded)
			.getSingleResult();
		return new PageImpl<>(rows.getResultList(), pageable, total);
	}

	/** The initials in Vietnamese alphabetical order (Đ after D). */
	List<String> initials() {
		Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
		return this.em.createQuery("select distinct substring(p.name, 1, 1) from Person p", String.class)
			.getResultList()
			.stream()
			.sorted(vietnamese)
			.toList();
	}

}
