package vn.newsarchive.person;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.system.NativeRows;

/**
 * A person's positions as tenures: one row per distinct title (GROUP BY person, title),
 * its first and last dates and its first article each read from the top of the index
 * {@code ix_position_held_tenure}; and, per tenure, the positions backing it, a page at a
 * time.
 */
@Component
@Transactional(readOnly = true)
class Tenures {

	private static final String SEEN = "select as_of, as_of_precision, as_of_inferred from position_held p"
			+ " where p.person_id = :person and p.title = t.title and p.as_of is not null";

	/**
	 * One pass over the person's rows of {@code ix_position_held_tenure} groups them by
	 * title with their first date (the ordering key); only the tenures of the page then
	 * read their first and last dates and their first article from the top of the index.
	 * A person named with thousands of title variants costs one index scan, not three
	 * probes per variant.
	 */
	private static final String TENURES = "select t.title, t.n, f.as_of, f.as_of_precision, f.as_of_inferred,"
			+ " l.as_of, l.as_of_precision, l.as_of_inferred, a.id, a.title, a.slug, t.total"
			+ " from (select title, n, first_seen, count(*) over () as total from (select title, count(*) as n,"
			+ " min(as_of) as first_seen from position_held where person_id = :person group by title) g"
			+ " order by first_seen nulls last, title limit :size offset :offset) t" + " left join lateral (" + SEEN
			+ " order by p.as_of, p.id limit 1) f on true" + " left join lateral (" + SEEN
			+ " order by p.as_of desc, p.id desc limit 1) l on true"
			+ " left join lateral (select article_id from position_held p where p.person_id = :person"
			+ " and p.title = t.title and p.article_id is not null order by p.as_of nulls last, p.id limit 1) s on true"
			+ " left join article a on a.id = s.article_id" + " order by t.first_seen nulls last, t.title";

	private static final String SOURCES = "select " + ArticleSummary.COLUMNS
			+ ", p.as_of, p.as_of_precision, p.as_of_inferred from (select id from position_held"
			+ " where person_id = :person and title = :title order by as_of nulls last, id limit :size offset :offset) page"
			+ " join position_held p on p.id = page.id left join article a on a.id = p.article_id"
			+ " order by p.as_of nulls last, p.id";

	/**
	 * A position backing a tenure: its date and its article (none if an editor added it).
	 */
	record Source(Tenure.Seen seen, ArticleSummary article) {
	}

	private final EntityManager em;

	Tenures(EntityManager em) {
		this.em = em;
	}

	Page<Tenure> of(long personId, Pageable pageable) {
		List<Object[]> rows = NativeRows.page(this.em, TENURES, "person", personId, pageable);
		long total = rows.isEmpty() ? 0 : NativeRows.count(rows.get(0)[11]);
		List<Tenure> tenures = rows.stream()
			.map((r) -> new Tenure((String) r[0], NativeRows.count(r[1]), seen(r, 2), seen(r, 5), NativeRows.id(r[8]),
					(String) r[9], (String) r[10]))
			.toList();
		return (pageable.getPageNumber() > 0 && tenures.isEmpty()) ? new PageImpl<>(tenures, pageable, count(personId))
				: new PageImpl<>(tenures, pageable, total);
	}

	Page<Source> sources(long personId, String title, Pageable pageable) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.em.createNativeQuery(SOURCES)
			.setParameter("person", personId)
			.setParameter("title", title)
			.setParameter("size", pageable.getPageSize())
			.setParameter("offset", pageable.getOffset())
			.getResultList();
		List<Source> sources = rows.stream()
			.map((r) -> new Source(seen(r, 8), (r[0] != null) ? ArticleSummary.of(r, 0) : null))
			.toList();
		Number total = (Number) this.em
			.createNativeQuery("select count(*) from position_held where person_id = :person and title = :title")
			.setParameter("person", personId)
			.setParameter("title", title)
			.getSingleResult();
		return new PageImpl<>(sources, pageable, total.longValue());
	}

	/** The number of tenures, for a page past the last one. */
	private long count(long personId) {
		return ((Number) this.em
			.createNativeQuery("select count(distinct title) from position_held where person_id = :person")
			.setParameter("person", personId)
			.getSingleResult()).longValue();
	}

	private static Tenure.Seen seen(Object[] row, int at) {
		return new Tenure.Seen(NativeRows.date(row[at]), NativeRows.precision(row[at + 1]),
				NativeRows.flag(row[at + 2]));
	}

}
