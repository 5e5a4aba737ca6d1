package vn.newsarchive.admin.person;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.EditConflictException;
import vn.newsarchive.admin.Flash;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.person.Person;

/**
 * Merging another person into this one: find the other by id or name, then merge it with
 * one POST.
 */
@Controller
@RequestMapping("/admin/persons/{id}/merge")
class PersonMergeAdminController {

	static final String VIEW = "admin/persons/merge";

	private final PersonMergeService service;

	private final PersonEditService persons;

	PersonMergeAdminController(PersonMergeService service, PersonEditService persons) {
		this.service = service;
		this.persons = persons;
	}

	@GetMapping
	String choose(@PathVariable long id, @RequestParam(name = "q", required = false) String text, Model model) {
		model.addAttribute("person", this.persons.get(id));
		model.addAttribute("q", text);
		model.addAttribute("candidates", this.service.candidates(id, text));
		return VIEW;
	}

	@PostMapping
	String merge(@PathVariable long id, @RequestParam(name = "otherId") long otherId,
			@RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
		String otherName;
		try {
			otherName = this.persons.get(otherId).getName();
		}
		catch (RecordNotFoundException ex) {
			Flash.error(redirect, "admin.merge.unknown", String.valueOf(otherId));
			return "redirect:/admin/persons/" + id + "/merge";
		}
		try {
			Person kept = this.service.merge(id, version, otherId);
			Flash.add(redirect, "admin.merge.done", otherName + " → " + kept.getName());
			return "redirect:/admin/persons/" + id + "/edit";
		}
		catch (EditConflictException ex) {
			Flash.error(redirect, "admin.merge.conflict", null);
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "admin.merge.self", null);
		}
		return "redirect:/admin/persons/" + id + "/merge";
	}

}
