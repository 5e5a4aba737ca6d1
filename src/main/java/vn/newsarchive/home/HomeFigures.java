package vn.newsarchive.home;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.person.PersonCount;
import vn.newsarchive.resolution.ResolutionCount;
import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.system.ArchiveTallies.Kind;

/**
 * The home page's counts, top lists and monthly chart, read from the tallies kept on
 * write: a few rows by key or from the top of an index, whatever the archive's size.
 */
@Component
@Transactional(readOnly = true)
class HomeFigures {

	/** The four counts at the top of the page. */
	record Counts(long articles, long persons, long resolutions, long meetings) {
	}

	/**
	 * Everything the page reads.
	 *
	 * @param latest the latest stories
	 * @param alsoPublished the other sources of each of them, by story id
	 */
	record Figures(Counts counts, List<ArticleSummary> latest, Map<Long, String> alsoPublished,
			List<PersonCount> mostMentioned, List<ResolutionCount> mostCited, Map<YearMonth, Long> perMonth) {
	}

	private final EntityManager em;

	private final ArticleRepository articles;

	HomeFigures(EntityManager em, ArticleRepository articles) {
		this.em = em;
		this.articles = articles;
	}

	/**
	 * The page's six reads in one read-only transaction: each in a transaction of its own
	 * took a connection, a session and a commit apiece, a tenth of the page's time.
	 */
	Figures read(int latest, int top) {
		List<ArticleSummary> stories = this.articles.findSummaries(
				PageRequest.of(0, latest, Sort.by(Sort.Order.desc("publishedAt").nullsLast(), Sort.Order.desc("id"))));
		return new Figures(counts(), stories, this.articles.findAlsoPublishedBy(stories), mostMentioned(top),
				mostCited(top), perMonth());
	}

	Counts counts() {
		Map<Kind, Long> counts = ArchiveTallies.counts(this.em, 0, Kind.ARTICLES, Kind.PERSONS, Kind.RESOLUTIONS,
				Kind.MEETINGS);
		return new Counts(counts.get(Kind.ARTICLES), counts.get(Kind.PERSONS), counts.get(Kind.RESOLUTIONS),
				counts.get(Kind.MEETINGS));
	}

	/** Articles per month; those dated by their year alone are in no month. */
	Map<YearMonth, Long> perMonth() {
		Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
		for (Object[] row : rows("select key, n from archive_tally where kind = 'month' and n > 0 order by key", 0)) {
			long month = ((Number) row[0]).longValue();
			perMonth.put(YearMonth.of((int) (month / 100), (int) (month % 100)), ((Number) row[1]).longValue());
		}
		return perMonth;
	}

	List<PersonCount> mostMentioned(int size) {
		return rows("select p.id, p.name, p.slug, t.n from archive_tally t join person p on p.id = t.key"
				+ " where t.kind = 'mentions' and t.n > 0 order by t.n desc, t.key limit :size", size)
			.stream()
			.map((r) -> new PersonCount(id(r[0]), (String) r[1], (String) r[2], id(r[3])))
			.toList();
	}

	List<ResolutionCount> mostCited(int size) {
		return rows("select r.id, r.code, r.kind, r.number, r.term, r.slug, t.n from archive_tally t"
				+ " join resolution r on r.id = t.key where t.kind = 'citations' and t.n > 0"
				+ " order by t.n desc, t.key limit :size", size)
			.stream()
			.map((r) -> new ResolutionCount(id(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
					(String) r[5], id(r[6])))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> rows(String sql, int size) {
		var query = this.em.createNativeQuery(sql);
		if (sql.contains(":size")) {
			query.setParameter("size", size);
		}
		return query.getResultList();
	}

	private static Long id(Object value) {
		return ((Number) value).longValue();
	}

}
