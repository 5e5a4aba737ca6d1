package vn.newsarchive.admin.meeting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

import vn.newsarchive.meeting.Meeting;

/**
 * The queries the editors' meeting pages need; the article is shown beside each meeting.
 */
interface MeetingAdminRepository extends Repository<Meeting, Long> {

	@EntityGraph(attributePaths = "article")
	Page<Meeting> findAll(Pageable pageable);

	@EntityGraph(attributePaths = "article")
	Page<Meeting> findByTitleContainingIgnoreCaseOrKindContainingIgnoreCaseOrDelegationContainingIgnoreCase(
			String title, String kind, String delegation, Pageable pageable);

}
