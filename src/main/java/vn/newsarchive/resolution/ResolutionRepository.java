package vn.newsarchive.resolution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResolutionRepository extends JpaRepository<Resolution, Long> {

	List<Resolution> findByKindAndNumberAndIssuer(String kind, String number, String issuer);

	/** The coded documents of one kind and number, whatever their issuer and term. */
	List<Resolution> findByKindAndNumberAndCodeNotNull(String kind, String number);

	/**
	 * References the archive could not tie to one coded document ("Kết luận 21" where no
	 * or several coded documents fit): documents with a number and no code, oldest first.
	 * For the editors' review queue (issue 18.6).
	 */
	@Query("select r from Resolution r where r.code is null and r.number is not null order by r.id")
	List<Resolution> findUnresolvedReferences(org.springframework.data.domain.Pageable pageable);

	/**
	 * Other documents with the same code: numbers restart each term, so they are not this
	 * one.
	 */
	List<Resolution> findByCodeAndIdNotOrderByIssuedOnDesc(String code, Long id);

	@Query("select r from Article a join a.resolutions r where a.id = :articleId order by r.issuedOn, r.code")
	List<Resolution> findCitedBy(Long articleId);

	@Query("select r from Meeting m join m.resolutions r where m.id = :meetingId order by r.issuedOn, r.code")
	List<Resolution> findDiscussedAt(Long meetingId);

	/**
	 * The kinds of document in order, each the next after the last, read from the top of
	 * {@code ix_resolution_list} (one lookup per kind, not a pass over every document).
	 */
	@Query(value = "with recursive k(kind) as (select min(kind) from resolution union all"
			+ " select (select min(kind) from resolution where kind > k.kind) from k where k.kind is not null)"
			+ " select kind from k where kind is not null", nativeQuery = true)
	List<String> findKinds();

	/**
	 * The terms in order, each the next after the last, from {@code ix_resolution_term}.
	 */
	@Query(value = "with recursive t(term) as (select min(term) from resolution union all"
			+ " select (select min(term) from resolution where term > t.term) from t where t.term is not null)"
			+ " select term from t where term is not null", nativeQuery = true)
	List<String> findTerms();

}
