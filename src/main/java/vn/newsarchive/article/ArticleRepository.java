package vn.newsarchive.article;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findByContentHash(String contentHash);

	/** A page of stories: each story once, by its first stored article. */
	@Query("select " + ArticleSummary.SELECT + " from Article a where a.storyId is null")
	List<ArticleSummary> findSummaries(Pageable pageable);

	/**
	 * A page of articles of one year (from the 1st of January to the next) and one
	 * source, either optional: the dates compare as a range, so the date index serves it.
	 */
	@Query(value = "select " + ArticleSummary.SELECT + " from Article a" + ArticleRepository.FILTER,
			countQuery = "select count(a) from Article a" + ArticleRepository.FILTER)
	Page<ArticleSummary> findSummaries(LocalDateTime from, LocalDateTime to, String source, Pageable pageable);

	String FILTER = " where a.storyId is null and (cast(:from as LocalDateTime) is null or a.publishedAt >= :from)"
			+ " and (cast(:to as LocalDateTime) is null or a.publishedAt < :to)"
			+ " and (:source is null or a.source = :source)";

	/**
	 * The other articles of the story the article belongs to (syndicated copies,
	 * excerpts), the first stored first; empty for an article without copies. The data
	 * API's {@code "sameStory": [{"id", "url", "source"}]} reads these.
	 */
	@Query("select new vn.newsarchive.article.StoryCopy(a.id, a.title, a.slug, a.source, a.sourceUrl)"
			+ " from Article me, Article a where me.id = :id and a.id <> me.id"
			+ " and (a.id = coalesce(me.storyId, me.id) or a.storyId = coalesce(me.storyId, me.id))"
			+ " order by a.storyId nulls first, a.publishedAt, a.id")
	List<StoryCopy> findSameStory(Long id);

	/**
	 * The sources of the other copies of the listed stories, "TTXVN, VGP" by story id:
	 * what a list shows as "also published by". One lookup of the story index for the
	 * page's stories, not a query per row.
	 */
	/** The copies of a story, the earliest stored first. */
	@Query("select a from Article a where a.storyId = :story order by a.id")
	List<Article> findCopiesOf(Long story);

	default Map<Long, String> findAlsoPublishedBy(List<ArticleSummary> stories) {
		if (stories.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<String>> sources = new LinkedHashMap<>();
		for (Object[] row : findCopySources(stories.stream().map(ArticleSummary::id).toArray(Long[]::new))) {
			sources.computeIfAbsent(((Number) row[0]).longValue(), (id) -> new LinkedHashSet<>()).add((String) row[1]);
		}
		Map<Long, String> joined = new LinkedHashMap<>();
		sources.forEach((story, names) -> joined.put(story, String.join(", ", names)));
		return joined;
	}

	/**
	 * The stories as one array parameter, not an {@code in} list: a list's SQL has as
	 * many placeholders as stories, so Hibernate translated it anew for each page (a
	 * tenth of the home page's time).
	 */
	@Query(value = "select a.story_id, a.source from article a where a.story_id = any(cast(:stories as bigint[]))"
			+ " and a.source is not null order by a.story_id, a.id", nativeQuery = true)
	List<Object[]> findCopySources(Long[] stories);

	/**
	 * The number of stories (copies count once), as the tallies kept on write count them
	 * (V6).
	 */
	@Query(value = "select coalesce((select n from archive_tally where kind = 'articles' and key = 0), 0)",
			nativeQuery = true)
	long countTallied();

	/**
	 * The years with articles, newest first: each the newest article before the 1st of
	 * January of the year after, read from the date index (one lookup per year).
	 */
	@Query(value = "with recursive y(year) as (select cast(extract(year from max(published_at)) as integer)"
			+ " from article union all select (select cast(extract(year from max(published_at)) as integer)"
			+ " from article where published_at < make_date(y.year, 1, 1)) from y where y.year is not null)"
			+ " select year from y where year is not null", nativeQuery = true)
	List<Integer> findPublicationYears();

	/** The sources in order, each the next after the last, read from the source index. */
	@Query(value = "with recursive s(source) as (select min(source) from article union all"
			+ " select (select min(source) from article where source > s.source) from s where s.source is not null)"
			+ " select source from s where source is not null", nativeQuery = true)
	List<String> findSources();

	/** Loads the article and its authors; captions and related titles follow by batch. */
	@Query("select a from Article a left join fetch a.authors where a.id = :id")
	Optional<Article> findWithAuthors(Long id);

	/**
	 * For each key, the first two archived articles whose title, in NFC, lower case and
	 * single-spaced, is that key (two: one may be the article asking); see
	 * {@link RelatedTitles#key(String)}. Two per key, not every article of that title: a
	 * title many articles share made an article page read them all (337 ms at 20,000
	 * articles).
	 */
	@Query(value = "select m.id, m.title, m.slug, m.titleKey from unnest(cast(:keys as text[])) as k(title_key)"
			+ " cross join lateral (select id, title, slug, k.title_key as titleKey from article where "
			+ ArticleRepository.TITLE_KEY + " = k.title_key order by id limit 2) m", nativeQuery = true)
	List<TitleMatch> findByTitleKeys(String[] keys);

	/**
	 * The expression of the index {@code ix_article_title_key_id} (V12), written the
	 * same.
	 */
	String TITLE_KEY = "lower(regexp_replace(btrim(normalize(title, NFC)), '\\s+', ' ', 'g'))";

}
