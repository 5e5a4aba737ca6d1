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
 * A person's positions as tenures: one row per title (each title of a chain on its own,
 * variants of one title under one key, see V8), its first and last dates and its first
 * article each read from the top of the index {@code ix_position_title_tenure}; and, per
 * tenure, the positions backing it, a page at a time.
 */
@Component
@Transactional(readOnly = true)
public class Tenures {

	private static final String SEEN = "select as_of, as_of_precision, as_of_inferred from position_title p"
			+ " where p.person_id = :person and p.title_key = t.title_key and p.as_of is not null";

	/**
	 * The person's title keys with their counts come from {@code tenure_tally} (V16, kept
	 * on write), each key's first date from the top of {@code ix_position_title_tenure};
	 * only the tenures of the page then read their last date, spelling and first article.
	 * Nothing here reads all of a person's positions: a person named in 16,000 articles
	 * has some 95,000, which grouping took longer than the rest of the page.
	 */
	private static final String TENURES = "select d.title, t.n, t.first_seen, t.first_precision, t.first_inferred,"
			+ " l.as_of, l.as_of_precision, l.as_of_inferred, a.id, a.title, a.slug, t.total"
			+ " from (select k.title_key, k.n, f.as_of as first_seen, f.as_of_precision as first_precision,"
			+ " f.as_of_inferred as first_inferred, count(*) over () as total from (select title_key, sum(n) as n"
			+ " from tenure_tally where person_id = :person group by title_key having sum(n) > 0) k"
			+ " left join lateral (" + SEEN.replace("t.title_key", "k.title_key")
			+ " order by p.as_of, p.position_id limit 1) f on true"
			+ " order by f.as_of nulls last, k.title_key limit :size offset :offset) t" + " left join lateral (" + SEEN
			+ " order by p.as_of desc, p.position_id desc limit 1) l on true"
			// the spelling shown: the most frequent, not in capitals, the latest of
			// equals (the latest date read only for spellings tied first), then the
			// first in text order (spellings equal in all of these came in no order)
			+ " left join lateral (select c.title from (select title, n, rank() over (order by (title = upper(title)),"
			+ " n desc) as place, count(*) over (partition by (title = upper(title)), n) as same from tenure_tally"
			+ " where person_id = :person and title_key = t.title_key and n > 0) c order by c.place,"
			+ " case when c.place = 1 and c.same > 1 then (select p.as_of from position_title p"
			+ " where p.person_id = :person and p.title_key = t.title_key and p.title = c.title"
			+ " and p.as_of is not null order by p.as_of desc limit 1) end desc nulls last, c.title limit 1) d on true"
			+ " left join lateral (select article_id from position_title p where p.person_id = :person"
			+ " and p.title_key = t.title_key and p.article_id is not null"
			+ " order by p.as_of nulls last, p.position_id limit 1) s on true"
			+ " left join article a on a.id = s.article_id" + " order by t.first_seen nulls last, t.title_key";

	private static final String SOURCES = "select " + ArticleSummary.COLUMNS
			+ ", p.as_of, p.as_of_precision, p.as_of_inferred from (select position_id, ordinal from position_title"
			+ " where person_id = :person and title_key = archive_title_key(:title)"
			+ " order by as_of nulls last, position_id limit :size offset :offset) page"
			+ " join position_title p on p.position_id = page.position_id and p.ordinal = page.ordinal"
			+ " left join article a on a.id = p.article_id order by p.as_of nulls last, p.position_id";

	/**
	 * A position backing a tenure: its date and its article (none if an editor added it).
	 */
	public record Source(Tenure.Seen seen, ArticleSummary article) {
	}

	private final EntityManager em;

	Tenures(EntityManager em) {
		this.em = em;
	}

	public Page<Tenure> of(long personId, Pageable pageable) {
		List<Object[]> rows = NativeRows.page(this.em, TENURES, "person", personId, pageable);
		long total = rows.isEmpty() ? 0 : NativeRows.count(rows.get(0)[11]);
		List<Tenure> tenures = rows.stream()
			.map((r) -> new Tenure((String) r[0], NativeRows.count(r[1]), seen(r, 2), seen(r, 5), NativeRows.id(r[8]),
					(String) r[9], (String) r[10]))
			.toList();
		return (pageable.getPageNumber() > 0 && tenures.isEmpty()) ? new PageImpl<>(tenures, pageable, count(personId))
				: new PageImpl<>(tenures, pageable, total);
	}

	public Page<Source> sources(long personId, String title, Pageable pageable) {
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
			.createNativeQuery("select count(*) from position_title where person_id = :person"
					+ " and title_key = archive_title_key(:title)")
			.setParameter("person", personId)
			.setParameter("title", title)
			.getSingleResult();
		return new PageImpl<>(sources, pageable, total.longValue());
	}

	/** The number of tenures, for a page past the last one. */
	private long count(long personId) {
		return ((Number) this.em
			.createNativeQuery("select count(distinct title_key) from tenure_tally where person_id = :person and n > 0")
			.setParameter("person", personId)
			.getSingleResult()).longValue();
	}

	private static Tenure.Seen seen(Object[] row, int at) {
		return new Tenure.Seen(NativeRows.date(row[at]), NativeRows.precision(row[at + 1]),
				NativeRows.flag(row[at + 2]));
	}

}
