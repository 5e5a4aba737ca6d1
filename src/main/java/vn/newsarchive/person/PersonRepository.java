package vn.newsarchive.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.newsarchive.system.Permalinked;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByNameKey(String nameKey);

	@Query("select p from Person p left join fetch p.aliases where p.id = :id")
	Optional<Person> findWithAliases(Long id);

	@Query("select p.id as id, p.slug as slug, p.name as title, p.updatedAt as updatedAt from Person p order by p.id")
	List<Permalinked> findPermalinks();

}
