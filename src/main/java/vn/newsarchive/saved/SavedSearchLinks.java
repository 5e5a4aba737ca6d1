package vn.newsarchive.saved;

import org.springframework.web.util.UriComponentsBuilder;

import vn.newsarchive.search.SearchOrder;
import vn.newsarchive.search.SearchQuery;
import vn.newsarchive.system.DateRange;

/** The addresses of a saved search: its results on the search page and its feed. */
final class SavedSearchLinks {

	private SavedSearchLinks() {
	}

	/** The search page with these parameters, newest first. */
	static String results(SearchQuery query) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search");
		if (!query.q().isBlank()) {
			link.queryParam("q", query.q());
		}
		optional(link, "person", query.person());
		optional(link, "document", query.document());
		optional(link, "year", query.year());
		optional(link, "source", query.source());
		optional(link, "from", query.dates().from());
		optional(link, "to", query.dates().to());
		return link.queryParam("sort", SearchOrder.NEWEST.param()).encode().build().toUriString();
	}

	static String feed(String token) {
		return BrowserKey.PATH + "/" + token + "/feed.atom";
	}

	/** The query's newest matches, as many as asked. */
	static SearchQuery newest(SearchQuery query, int size) {
		return new SearchQuery(query.q(), query.person(), query.document(), query.year(), query.source(),
				SearchOrder.NEWEST, 0, size, (query.dates() != null) ? query.dates() : DateRange.ANY);
	}

	private static void optional(UriComponentsBuilder link, String name, Object value) {
		if (value != null) {
			link.queryParam(name, value.toString());
		}
	}

}
