package vn.newsarchive.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the search box ({@code static/js/archive.js}): {@code [{url, label}]}.
 */
@RestController
class SuggestController {

	private final Suggestions suggestions;

	SuggestController(Suggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/search/suggest")
	List<Suggestions.Suggestion> suggest(@RequestParam(name = "q", required = false) String q) {
		return this.suggestions.suggest(q);
	}

}
