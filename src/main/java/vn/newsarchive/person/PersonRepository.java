package vn.newsarchive.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

import vn.newsarchive.system.Permalinked;

public interface PersonRepository extends JpaRepository<Person, Long> {

	/**
	 * The persons under these keys (an article's, in one query), with the aliases: the
	 * importer compares them, and the search index writes them into every article that
	 * mentions the person.
	 */
	@EntityGraph(attributePaths = "aliases")
	List<Person> findByNameKeyIn(Collection<String> nameKeys);

	/**
	 * A person an editor merged another spelling into: the spelling lives on as an alias.
	 */
	@Query("select distinct p from Person p join p.aliases a where lower(a) = lower(:alias)")
	List<Person> findByAlias(String alias);

	@Query("select p from Person p left join fetch p.aliases where p.id = :id")
	Optional<Person> findWithAliases(Long id);

	@Query("select p.id as id, p.slug as slug, p.name as title, p.updatedAt as updatedAt from Person p order by p.id")
	List<Permalinked> findPermalinks();

}
