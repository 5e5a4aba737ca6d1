package vn.newsarchive.search;

import java.util.List;
import java.util.function.Supplier;

import vn.newsarchive.system.MonthlyCounts;

/**
 * One page of results for a query, or the problem that kept it from running.
 *
 * @param total how many articles match in all (always counted to the end)
 * @param problem why the query was not run, or null
 * @param monthly how many of them were published each month (counted with the facets),
 * sorted into months when first asked for: the JSON API and the CSV never ask
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits, SearchFacets facets,
		QueryProblem problem, Supplier<MonthlyCounts> monthly) {

	static SearchResults refused(SearchQuery query, QueryProblem problem) {
		return new SearchResults(query, 0, List.of(), SearchFacets.NONE, problem, () -> MonthlyCounts.NONE);
	}

	/** The hits per month, sorted into months when first asked for. */
	public MonthlyCounts months() {
		return this.monthly.get();
	}

	public int totalPages() {
		return (int) Math.min((this.total + this.query.size() - 1) / this.query.size(), SearchQuery.MAX_PAGE + 1);
	}

}
