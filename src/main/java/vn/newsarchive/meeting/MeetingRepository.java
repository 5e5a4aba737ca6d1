package vn.newsarchive.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	@Query("select m from Meeting m join fetch m.article where m.id = :id")
	Optional<Meeting> findWithArticle(Long id);

	/**
	 * The meetings the article reports, first or as another report of them. A union of
	 * two index lookups (ix_meeting_article, ix_meeting_article_article): written as one
	 * condition with {@code or exists}, PostgreSQL read every meeting for each article
	 * page, a cost growing with the archive.
	 */
	@Query("select " + MeetingSummary.SELECT + " from Meeting m where m.id in (select f.id from Meeting f"
			+ " where f.article.id = :articleId union select o.id from Meeting o join o.alsoReportedBy r"
			+ " where r.id = :articleId) order by m.id")
	List<MeetingSummary> findReportedBy(Long articleId);

	/**
	 * The meetings of one kind on one day: the candidates for being the event a new
	 * article reports again (index ix_meeting_same_event, V7).
	 */
	@Query("select m from Meeting m where m.kind = :kind and m.heldOn = :heldOn order by m.id")
	List<Meeting> findByKindAndHeldOn(String kind, LocalDate heldOn);

	/**
	 * The meetings reported by the articles of one story (issue 18.1). The story's copies
	 * are read first (index ix_article_story), then their meetings (ix_meeting_article):
	 * written as one condition over both tables, PostgreSQL read every article and
	 * meeting for each copy imported, an import cost growing with the archive.
	 */
	@Query(value = "select * from meeting where article_id = any(array(select id from article where story_id = :storyId)"
			+ " || cast(:storyId as bigint)) order by id", nativeQuery = true)
	// reads meeting and article alone: only their pending rows need flushing first
	@QueryHints({ @QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "meeting"),
			@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "article") })
	List<Meeting> findByStory(Long storyId);

	/**
	 * A page of meetings of one kind and one year (a range of dates, so the date index
	 * serves it), either optional.
	 */
	@Query(value = "select " + MeetingSummary.SELECT + " from Meeting m" + MeetingRepository.FILTER,
			countQuery = "select count(m) from Meeting m" + MeetingRepository.FILTER)
	Page<MeetingSummary> findSummaries(String kind, LocalDate from, LocalDate to, Pageable pageable);

	/** A page of all meetings, without counting them. */
	@Query("select " + MeetingSummary.SELECT + " from Meeting m")
	List<MeetingSummary> findSummaries(Pageable pageable);

	String FILTER = " where (:kind is null or m.kind = :kind)"
			+ " and (cast(:from as LocalDate) is null or m.heldOn >= :from) and (cast(:to as LocalDate) is null or m.heldOn < :to)";

	/** The number of meetings, as the tallies kept on write count them (V6). */
	@Query(value = "select coalesce((select n from archive_tally where kind = 'meetings' and key = 0), 0)",
			nativeQuery = true)
	long countTallied();

	/** The kinds in order, each the next after the last, read from the kind index. */
	@Query(value = "with recursive k(kind) as (select min(kind) from meeting union all"
			+ " select (select min(kind) from meeting where kind > k.kind) from k where k.kind is not null)"
			+ " select kind from k where kind is not null", nativeQuery = true)
	List<String> findKinds();

	/** The years with meetings, newest first, one lookup of the date index per year. */
	@Query(value = "with recursive y(year) as (select cast(extract(year from max(held_on)) as integer) from meeting"
			+ " union all select (select cast(extract(year from max(held_on)) as integer) from meeting"
			+ " where held_on < make_date(y.year, 1, 1)) from y where y.year is not null)"
			+ " select year from y where year is not null", nativeQuery = true)
	List<Integer> findYears();

	/** The earliest article besides this one that reported the meeting, if any. */
	@Query(value = "select min(article_id) from meeting_article where meeting_id = :meeting and article_id <> :article",
			nativeQuery = true)
	Long nextReporter(long meeting, long article);

	/**
	 * The article no longer counts among the meeting's later reports (it became its
	 * first).
	 */
	@Modifying
	@Query(value = "delete from meeting_article where meeting_id = :meeting and article_id = :article",
			nativeQuery = true)
	void dropLaterReport(long meeting, long article);

}
