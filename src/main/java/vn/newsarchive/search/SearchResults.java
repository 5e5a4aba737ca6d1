package vn.newsarchive.search;

import java.util.List;

/**
 * One page of results for a query, or the problem that kept it from running.
 *
 * @param total how many articles match in all, or at least, when not exact
 * @param totalExact false when counting stopped at {@link ArticleSearch#COUNT_LIMIT}
 * @param problem why the query was not run, or null
 */
public record SearchResults(SearchQuery query, long total, boolean totalExact, List<SearchHit> hits,
		SearchFacets facets, QueryProblem problem) {

	static SearchResults refused(SearchQuery query, QueryProblem problem) {
		return new SearchResults(query, 0, true, List.of(), SearchFacets.NONE, problem);
	}

	public int totalPages() {
		return (int) Math.min((this.total + this.query.size() - 1) / this.query.size(), SearchQuery.MAX_PAGE + 1);
	}

}
