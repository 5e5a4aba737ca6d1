package vn.newsarchive.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	@Query("select m from Meeting m join fetch m.article where m.id = :id")
	Optional<Meeting> findWithArticle(Long id);

	@Query("select " + MeetingSummary.SELECT + " from Meeting m where m.article.id = :articleId order by m.id")
	List<MeetingSummary> findReportedBy(Long articleId);

	@Query(value = "select " + MeetingSummary.SELECT + " from Meeting m"
			+ " where (:kind is null or m.kind = :kind) and (:year is null or year(m.heldOn) = :year)",
			countQuery = "select count(m) from Meeting m"
					+ " where (:kind is null or m.kind = :kind) and (:year is null or year(m.heldOn) = :year)")
	Page<MeetingSummary> findSummaries(String kind, Integer year, Pageable pageable);

	@Query("select distinct m.kind from Meeting m where m.kind is not null order by m.kind")
	List<String> findKinds();

	@Query("select distinct year(m.heldOn) from Meeting m where m.heldOn is not null order by year(m.heldOn) desc")
	List<Integer> findYears();

}
