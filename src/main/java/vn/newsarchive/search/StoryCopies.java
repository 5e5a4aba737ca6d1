package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

import vn.newsarchive.article.Article;

/**
 * Search lists a story once, by its first article (the {@link ArticleFields#STORY_HEAD}
 * filter); the sources of its copies come from one more query to the index for the page's
 * stories, no database read, as the other lists' "also published by".
 */
final class StoryCopies {

	/** Copies read per hit at most: sources beyond these would not fit the line. */
	static final int PER_STORY = 8;

	private StoryCopies() {
	}

	/** A copy of one of the page's stories, with its source. */
	@ProjectionConstructor
	record Copy(@FieldProjection(path = ArticleFields.STORY) Long story,
			@FieldProjection(path = ArticleFields.SOURCE) String source) {
	}

	/** The page's hits, each with the sources of its story's copies. */
	static List<SearchHit> withCopies(SearchSession session, SearchScope<Article> scope, List<SearchHit> hits) {
		if (hits.isEmpty()) {
			return hits;
		}
		List<Long> stories = hits.stream().map(SearchHit::id).toList();
		Map<Long, Set<String>> sources = new LinkedHashMap<>();
		session.search(scope)
			.select(Copy.class)
			.where((f) -> f.terms().field(ArticleFields.STORY).matchingAny(stories))
			.fetchHits(stories.size() * PER_STORY)
			.forEach((copy) -> {
				if (copy.source() != null) {
					sources.computeIfAbsent(copy.story(), (id) -> new LinkedHashSet<>()).add(copy.source());
				}
			});
		if (sources.isEmpty()) {
			return hits;
		}
		List<SearchHit> withSources = new ArrayList<>(hits.size());
		for (SearchHit hit : hits) {
			Set<String> copies = sources.get(hit.id());
			withSources.add((copies == null) ? hit : hit.withAlsoPublishedBy(List.copyOf(copies)));
		}
		return withSources;
	}

}
