package vn.newsarchive.person;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.article.PersonArticle;
import vn.newsarchive.meeting.MeetingSummary;
import vn.newsarchive.meeting.ParticipantRole;
import vn.newsarchive.meeting.PersonMeeting;
import vn.newsarchive.system.NativeRows;

/**
 * A person's articles and meetings a page at a time, and the people most often mentioned
 * with them. Each page is read from the top of an index on the link table in list order
 * ({@code ix_article_person_person_date}, {@code ix_meeting_participant_person_date},
 * whose dates triggers copy from the article and the meeting) and only then joined, so
 * its cost does not depend on how many articles mention the person.
 */
@Component
class PersonLists {

	/**
	 * Co-mentions are counted over the person's latest articles, this many at most: a
	 * bounded sample that an index serves, where all of a much-mentioned person's
	 * articles would cost a quarter of a second.
	 */
	static final int CO_MENTION_WINDOW = 500;

	private static final String ARTICLES = "select " + ArticleSummary.COLUMNS + ", ap.titles"
			+ " from (select article_id, published_at from article_person where person_id = :person and not story_copy"
			+ " order by published_at desc nulls last, article_id desc limit :size offset :offset) page"
			+ " join article_person ap on ap.article_id = page.article_id and ap.person_id = :person"
			+ " join article a on a.id = page.article_id order by page.published_at desc nulls last, page.article_id desc";

	private static final String MEETINGS = "select " + MeetingSummary.COLUMNS + ", mp.role"
			+ " from (select meeting_id, held_on from meeting_participant where person_id = :person"
			+ " order by held_on desc nulls last, meeting_id desc limit :size offset :offset) page"
			+ " join meeting_participant mp on mp.meeting_id = page.meeting_id and mp.person_id = :person"
			+ " join meeting m on m.id = page.meeting_id order by page.held_on desc nulls last, page.meeting_id desc";

	private static final String CO_MENTIONED = "select p.id, p.name, p.slug, c.n from (select o.person_id, count(*) as n"
			+ " from (select article_id from article_person where person_id = :person and not story_copy"
			+ " order by published_at desc nulls last, article_id desc limit :window) recent"
			+ " join article_person o on o.article_id = recent.article_id and o.person_id <> :person"
			+ " group by o.person_id order by n desc, o.person_id limit :size) c"
			+ " join person p on p.id = c.person_id order by c.n desc, p.slug";

	private final EntityManager em;

	PersonLists(EntityManager em) {
		this.em = em;
	}

	Page<PersonArticle> articles(long personId, Pageable pageable, long total) {
		List<PersonArticle> articles = NativeRows.page(this.em, ARTICLES, "person", personId, pageable)
			.stream()
			.map((r) -> new PersonArticle(ArticleSummary.of(r, 0), (String) r[8]))
			.toList();
		return new PageImpl<>(articles, pageable, total);
	}

	Page<PersonMeeting> meetings(long personId, Pageable pageable, long total) {
		List<PersonMeeting> meetings = NativeRows.page(this.em, MEETINGS, "person", personId, pageable)
			.stream()
			.map((r) -> new PersonMeeting(MeetingSummary.of(r, 0), ParticipantRole.valueOf((String) r[9])))
			.toList();
		return new PageImpl<>(meetings, pageable, total);
	}

	@SuppressWarnings("unchecked")
	List<PersonCount> coMentioned(long personId, int size) {
		List<Object[]> rows = this.em.createNativeQuery(CO_MENTIONED)
			.setParameter("person", personId)
			.setParameter("window", CO_MENTION_WINDOW)
			.setParameter("size", size)
			.getResultList();
		return rows.stream()
			.map((r) -> new PersonCount(NativeRows.id(r[0]), (String) r[1], (String) r[2], NativeRows.count(r[3])))
			.toList();
	}

}
