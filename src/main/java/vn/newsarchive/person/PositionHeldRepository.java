package vn.newsarchive.person;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PositionHeldRepository extends JpaRepository<PositionHeld, Long> {

	/** A person's titles in date order, each with the article that states it. */
	@Query("select ph from PositionHeld ph left join fetch ph.article where ph.person.id = :personId"
			+ " order by ph.asOf asc nulls last, ph.id")
	List<PositionHeld> findTimeline(Long personId);

}
