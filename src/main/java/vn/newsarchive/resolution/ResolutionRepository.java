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

	@Query("select distinct r.kind from Resolution r order by r.kind")
	List<String> findKinds();

	@Query("select distinct r.term from Resolution r where r.term is not null order by r.term")
	List<String> findTerms();

}
