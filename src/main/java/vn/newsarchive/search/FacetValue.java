package vn.newsarchive.search;

/**
 * One value of a facet with how many results have it.
 *
 * @param value what the filter parameter takes (a year, a source, an id)
 * @param label what a reader sees (a person's name, a document's code)
 */
public record FacetValue(String value, String label, long count) {

}
