package vn.newsarchive.admin.person;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.FormSave;
import vn.newsarchive.admin.FormSave.Saved;
import vn.newsarchive.person.Person;
import vn.newsarchive.system.Pager;

/**
 * Listing persons and correcting a name and its aliases; positions are on the same page.
 */
@Controller
@RequestMapping("/admin/persons")
class PersonAdminController {

	static final String LIST_VIEW = "admin/persons/list";

	static final String FORM_VIEW = "admin/persons/form";

	private final PersonEditService service;

	PersonAdminController(PersonEditService service) {
		this.service = service;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("q", text);
		model.addAttribute("page", Pager.within(this.service.list(text, page)));
		return LIST_VIEW;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		return show(id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSave.run(result, model, redirect, () -> show(id, model), () -> new Saved("admin.person.saved",
				this.service.update(id, form).getName(), "/admin/persons/" + id + "/edit"));
	}

	private String show(long id, Model model) {
		model.addAttribute("person", this.service.get(id));
		model.addAttribute("positions", this.service.positionsOf(id));
		model.addAttribute("mentionCount", this.service.mentionCount(id));
		return FORM_VIEW;
	}

}
