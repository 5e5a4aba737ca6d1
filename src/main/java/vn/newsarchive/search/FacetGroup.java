package vn.newsarchive.search;

import java.util.List;

import vn.newsarchive.system.QueryLinks;

/**
 * A facet as the search page shows it: its values as links that add the filter, and a
 * link that removes it when it is set.
 *
 * @param titleKey the message key of the facet's heading
 * @param clearUrl the page without this filter, or null when it is not set
 */
record FacetGroup(String titleKey, String param, List<Link> links, String clearUrl) {

	record Link(String label, long count, String url, boolean active) {
	}

	/** Builds the links from the current request; call on a request thread. */
	static FacetGroup of(String titleKey, String param, List<FacetValue> values, Object active) {
		String current = (active != null) ? String.valueOf(active) : null;
		List<Link> links = values.stream()
			.map((v) -> new Link(v.label(), v.count(), QueryLinks.with(param, v.value()), v.value().equals(current)))
			.toList();
		return new FacetGroup(titleKey, param, links, (current != null) ? QueryLinks.with(param, null) : null);
	}

	public boolean isShown() {
		return !this.links.isEmpty() || this.clearUrl != null;
	}

}
