package vn.newsarchive.bench;

import vn.newsarchive.search.ArticleSearch;
import vn.newsarchive.search.SearchHit;
import vn.newsarchive.search.SearchOrder;
import vn.newsarchive.search.SearchQuery;
import vn.newsarchive.search.SearchResults;

/**
 * Hibernate Search as the search page calls it: {@link ArticleSearch#search}, the first
 * page of ten by relevance, with its highlighted snippets and its facets.
 */
final class LuceneSide {

	static final int PAGE_SIZE = 10;

	private LuceneSide() {
	}

	static SearchQuery query(ResolvedQuery query) {
		return new SearchQuery(query.text(), query.person(), query.document(), null, null, SearchOrder.RELEVANCE, 0,
				PAGE_SIZE);
	}

	static EngineResult search(ArticleSearch search, ResolvedQuery query) {
		SearchResults results = search.search(query(query));
		if (results.problem() != null) {
			throw new IllegalStateException("the search refused " + query.query() + ": " + results.problem());
		}
		return new EngineResult(results.total(), results.hits().stream().map(SearchHit::id).toList());
	}

}
