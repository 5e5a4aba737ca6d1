package vn.newsarchive.search;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.newsarchive.system.AttentionChart;
import vn.newsarchive.system.Pager;
import vn.newsarchive.system.QueryLinks;

/**
 * The search page: results with snippets, facets that filter, order and pages, and the
 * results per month. A query that cannot run gets the page with a message saying why.
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final ArticleSearch search;

	private final SearchCards cards;

	SearchController(ArticleSearch search, SearchCards cards) {
		this.search = search;
		this.cards = cards;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("form") SearchForm form, Model model) {
		SearchQuery query = form.toQuery();
		SearchResults results = this.search.search(query);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		if (results.problem() == null) {
			if (query.page() == 0) {
				model.addAttribute("cards", this.cards.forQuery(query.q()));
			}
			SearchFacets facets = results.facets();
			model.addAttribute("facets",
					List.of(FacetGroup.of("search.facet.year", "year", facets.years(), query.year()),
							FacetGroup.of("search.facet.source", "source", facets.sources(), query.source()),
							FacetGroup.of("search.facet.person", "person", facets.persons(), query.person()),
							FacetGroup.of("search.facet.document", "document", facets.documents(), query.document())));
			long reachable = Math.min(results.total(), (long) results.totalPages() * query.size());
			model.addAttribute("pager",
					Pager.of(new PageImpl<>(results.hits(),
							PageRequest.of(Math.min(query.page(), Math.max(results.totalPages() - 1, 0)), query.size()),
							reachable)));
			model.addAttribute("csvUrl", QueryLinks.at("/api/search.csv"));
			model.addAttribute("jsonUrl", QueryLinks.at("/api/search"));
			model.addAttribute("attention",
					AttentionChart.of(results.months(), QueryLinks.at("/api/search/months.csv")));
			model.addAttribute("saveUrl", QueryLinks.at("/search/saved/new"));
		}
		return VIEW;
	}

}
