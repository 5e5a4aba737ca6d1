package vn.newsarchive.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingParticipantRepository extends JpaRepository<MeetingParticipant, Long> {

	@Query("select mp from MeetingParticipant mp join fetch mp.person p where mp.meeting.id = :meetingId"
			+ " order by mp.role, mp.id")
	List<MeetingParticipant> findByMeetingWithPersons(Long meetingId);

}
