package vn.newsarchive.saved;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.search.SearchQuery;
import vn.newsarchive.search.SearchResults;
import vn.newsarchive.system.NotFoundException;

/**
 * A researcher's saved searches: the page that saves the search they were looking at
 * (with a name), the list of those saved in this browser with their feeds, and delete.
 */
@Controller
class SavedSearchController {

	static final String LIST_VIEW = "saved/list";

	static final String NEW_VIEW = "saved/new";

	private final SavedSearches saved;

	SavedSearchController(SavedSearches saved) {
		this.saved = saved;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "q", "person", "document", "year", "source", "from", "to");
	}

	@GetMapping(BrowserKey.PATH)
	String list(HttpServletRequest request, HttpServletResponse response, Model model) {
		BrowserKey.renew(request, response);
		model.addAttribute("searches", BrowserKey.hash(request).map(this.saved::list).orElse(List.of()));
		model.addAttribute("limit", SavedSearches.MAX_PER_BROWSER);
		return LIST_VIEW;
	}

	@GetMapping(BrowserKey.PATH + "/new")
	String newSearch(@ModelAttribute("form") SavedSearchForm form, Model model) {
		SearchResults preview = this.saved.preview(form.toQuery());
		if (form.getName() == null && preview.problem() == null) {
			form.setName(SavedSearches.nameOf(preview));
		}
		return show(preview, model);
	}

	@PostMapping(BrowserKey.PATH)
	String save(@ModelAttribute("form") SavedSearchForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		SearchQuery query = form.toQuery();
		if (form.getName() != null && form.getName().strip().length() > SavedSearchForm.MAX_NAME) {
			result.rejectValue("name", "saved.name.tooLong", new Object[] { SavedSearchForm.MAX_NAME }, null);
		}
		if (!result.hasErrors()) {
			try {
				SavedSearch search = this.saved.save(BrowserKey.ensure(request, response), form.getName(), query);
				redirect.addFlashAttribute("savedName", search.getName());
				return "redirect:" + BrowserKey.PATH;
			}
			catch (SavedSearchRefused ex) {
				result.reject(ex.messageKey());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return show(this.saved.preview(query), model);
	}

	@PostMapping(BrowserKey.PATH + "/{id:\\d+}/delete")
	String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		String owner = BrowserKey.hash(request).orElseThrow(() -> new NotFoundException("SavedSearch", id));
		if (!this.saved.delete(id, owner)) {
			throw new NotFoundException("SavedSearch", id);
		}
		redirect.addFlashAttribute("deleted", true);
		return "redirect:" + BrowserKey.PATH;
	}

	private String show(SearchResults preview, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("resultsUrl", SavedSearchLinks.results(preview.query()));
		return NEW_VIEW;
	}

}
