package vn.newsarchive.search;

import java.util.List;

import vn.newsarchive.system.MonthlyCounts;

/**
 * One page of results for a query, or the problem that kept it from running.
 *
 * @param total how many articles match in all (always counted to the end)
 * @param problem why the query was not run, or null
 * @param months how many of them were published each month (counted with the facets)
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits, SearchFacets facets,
		QueryProblem problem, MonthlyCounts months) {

	static SearchResults refused(SearchQuery query, QueryProblem problem) {
		return new SearchResults(query, 0, List.of(), SearchFacets.NONE, problem, MonthlyCounts.NONE);
	}

	public int totalPages() {
		return (int) Math.min((this.total + this.query.size() - 1) / this.query.size(), SearchQuery.MAX_PAGE + 1);
	}

}
