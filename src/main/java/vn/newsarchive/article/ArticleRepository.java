package vn.newsarchive.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findByContentHash(String contentHash);

	@Query("select " + ArticleSummary.SELECT + " from Article a")
	List<ArticleSummary> findSummaries(Pageable pageable);

	@Query(value = "select " + ArticleSummary.SELECT + " from Article a"
			+ " where (:year is null or year(a.publishedAt) = :year) and (:source is null or a.source = :source)",
			countQuery = "select count(a) from Article a"
					+ " where (:year is null or year(a.publishedAt) = :year) and (:source is null or a.source = :source)")
	Page<ArticleSummary> findSummaries(Integer year, String source, Pageable pageable);

	@Query("select distinct year(a.publishedAt) from Article a where a.publishedAt is not null"
			+ " order by year(a.publishedAt) desc")
	List<Integer> findPublicationYears();

	@Query("select distinct a.source from Article a where a.source is not null order by a.source")
	List<String> findSources();

	/** Loads the article and its authors; captions and related titles follow by batch. */
	@Query("select a from Article a left join fetch a.authors where a.id = :id")
	Optional<Article> findWithAuthors(Long id);

	/**
	 * Archived articles whose title, in NFC, lower case and single-spaced, is one of the
	 * keys; see {@link RelatedTitles#key(String)}.
	 */
	@Query(value = "select id, title, slug, title_key as titleKey from (select id, title, slug,"
			+ " lower(regexp_replace(btrim(normalize(title, NFC)), '\\s+', ' ', 'g')) as title_key from article) t"
			+ " where title_key in (:keys)", nativeQuery = true)
	List<TitleMatch> findByTitleKeys(Collection<String> keys);

}
