package vn.newsarchive.admin.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.person.PositionHeld;

/** The queries the editors' article pages need, kept apart from the public ones. */
interface ArticleAdminRepository extends Repository<Article, Long> {

	Page<Article> findAll(Pageable pageable);

	Page<Article> findByTitleContainingIgnoreCase(String text, Pageable pageable);

	Optional<Article> findByContentHash(String contentHash);

	Optional<Article> findById(Long id);

	@Query("select m from ArticlePerson m where m.article = ?1")
	List<ArticlePerson> mentionsIn(Article article);

	@Query("select p from PositionHeld p where p.article = ?1")
	List<PositionHeld> positionsBackedBy(Article article);

}
