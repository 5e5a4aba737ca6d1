package vn.newsarchive.person;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface PersonRepository extends JpaRepository<Person, Long> {

	/**
	 * The persons under these keys (an article's, in one query). One array parameter, not
	 * a list: Hibernate plans a query again whenever a list's length changes, a third of
	 * the import writers' time in a profile. Their aliases come in one batch when first
	 * read (the importer compares them, and the index writes them).
	 */
	@Query(value = "select * from person where name_key = any(cast(:nameKeys as text[]))", nativeQuery = true)
	// the query reads the person table alone: the article being written need not be
	// flushed (and indexed) before it, as it would be for a native query by default
	@QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "person"))
	List<Person> findByNameKeyIn(String[] nameKeys);

	/**
	 * A person an editor merged another spelling into: the spelling lives on as an alias.
	 */
	@Query("select distinct p from Person p join p.aliases a where lower(a) = lower(:alias)")
	List<Person> findByAlias(String alias);

	@Query("select p from Person p left join fetch p.aliases where p.id = :id")
	Optional<Person> findWithAliases(Long id);

}
