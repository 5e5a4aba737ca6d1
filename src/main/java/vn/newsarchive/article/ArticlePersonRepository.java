package vn.newsarchive.article;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticlePersonRepository extends JpaRepository<ArticlePerson, Long> {

}
