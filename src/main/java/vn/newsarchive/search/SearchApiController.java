package vn.newsarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.system.SiteAddress;
import vn.newsarchive.system.DateLabels;

/**
 * The JSON API for researchers: the search page's parameters and results, with absolute
 * article addresses. A query that cannot run answers 400 with the reason.
 */
@RestController
class SearchApiController {

	private final SiteAddress site;

	private final ArticleSearch search;

	private final DateLabels dates;

	private final MessageSource messages;

	SearchApiController(ArticleSearch search, DateLabels dates, MessageSource messages, SiteAddress site) {
		this.search = search;
		this.dates = dates;
		this.messages = messages;
		this.site = site;
	}

	/** One story: its first article, and the sources of its copies. */
	record Hit(long id, String title, String url, String published, String source, String snippet, float score,
			List<String> alsoPublishedBy) {
	}

	@GetMapping("/api/search")
	ResponseEntity<Map<String, Object>> search(@ModelAttribute SearchForm form) {
		SearchResults results = this.search.search(form.toQuery());
		Map<String, Object> body = new LinkedHashMap<>();
		if (results.problem() != null) {
			body.put("problem", results.problem().name());
			body.put("message",
					this.messages.getMessage(results.problem().messageKey(), null, LocaleContextHolder.getLocale()));
			return ResponseEntity.badRequest().body(body);
		}
		String base = this.site.base();
		body.put("total", results.total());
		// false: there are more than total hits, counting stopped there
		body.put("page", results.query().page());
		body.put("size", results.query().size());
		body.put("hits",
				results.hits()
					.stream()
					.map((hit) -> new Hit(hit.id(), hit.title(), base + hit.url(),
							this.dates.iso(hit.published(), hit.precision()), hit.source(), hit.snippet(), hit.score(),
							hit.alsoPublishedBy()))
					.toList());
		SearchFacets facets = results.facets();
		Map<String, List<FacetValue>> facetsByName = new LinkedHashMap<>();
		facetsByName.put("year", facets.years());
		facetsByName.put("source", facets.sources());
		facetsByName.put("person", facets.persons());
		facetsByName.put("document", facets.documents());
		body.put("facets", facetsByName);
		return ResponseEntity.ok(body);
	}

}
