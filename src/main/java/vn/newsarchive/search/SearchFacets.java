package vn.newsarchive.search;

import java.util.List;

/**
 * The facets of a result set, each its most frequent values first (years newest first).
 */
public record SearchFacets(List<FacetValue> years, List<FacetValue> sources, List<FacetValue> persons,
		List<FacetValue> documents) {

	public static final SearchFacets NONE = new SearchFacets(List.of(), List.of(), List.of(), List.of());

}
