package vn.newsarchive.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticlePersonRepository extends JpaRepository<ArticlePerson, Long> {

	/** The people of one article in mention order, with their aliases for linking. */
	@Query("select distinct ap from ArticlePerson ap join fetch ap.person p left join fetch p.aliases"
			+ " where ap.article.id = :articleId order by ap.mentionOrder")
	List<ArticlePerson> findByArticleWithPersons(Long articleId);

}
