package vn.newsarchive.article;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.newsarchive.person.PersonCount;

public interface ArticlePersonRepository extends JpaRepository<ArticlePerson, Long> {

	/** The people of one article in mention order, with their aliases for linking. */
	@Query("select distinct ap from ArticlePerson ap join fetch ap.person p left join fetch p.aliases"
			+ " where ap.article.id = :articleId order by ap.mentionOrder")
	List<ArticlePerson> findByArticleWithPersons(Long articleId);

	@Query("select new vn.newsarchive.person.PersonCount(p.id, p.name, p.slug, count(ap))"
			+ " from ArticlePerson ap join ap.person p group by p.id, p.name, p.slug order by count(ap) desc, p.slug")
	List<PersonCount> findMostMentioned(Pageable pageable);

	/** People mentioned in the same articles as the given person, most shared first. */
	@Query("select new vn.newsarchive.person.PersonCount(p.id, p.name, p.slug, count(other))"
			+ " from ArticlePerson self join ArticlePerson other on other.article = self.article"
			+ " join other.person p where self.person.id = :personId and p.id <> :personId"
			+ " group by p.id, p.name, p.slug order by count(other) desc, p.slug")
	List<PersonCount> findCoMentioned(Long personId, Pageable pageable);

	@Query("select new vn.newsarchive.article.PersonArticle(" + ArticleSummary.SELECT + ", ap.titles)"
			+ " from ArticlePerson ap join ap.article a where ap.person.id = :personId"
			+ " order by a.publishedAt desc nulls last, a.id desc")
	List<PersonArticle> findArticlesOf(Long personId);

}
