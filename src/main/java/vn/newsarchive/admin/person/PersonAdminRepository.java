package vn.newsarchive.admin.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PositionHeld;

/** The queries the editors' person pages and merging need. */
interface PersonAdminRepository extends Repository<Person, Long> {

	Page<Person> findAll(Pageable pageable);

	Page<Person> findByNameContainingIgnoreCase(String text, Pageable pageable);

	Optional<Person> findByNameKey(String nameKey);

	@Query("select m from ArticlePerson m where m.person = ?1")
	List<ArticlePerson> mentionsOf(Person person);

	@Query("select p from PositionHeld p left join fetch p.article where p.person = ?1"
			+ " order by p.asOf asc nulls last, p.id")
	List<PositionHeld> positionsOf(Person person);

	@Query("select p from MeetingParticipant p where p.person = ?1")
	List<MeetingParticipant> participationsOf(Person person);

}
