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

import vn.newsarchive.admin.EditConflictException;
import vn.newsarchive.admin.Flash;
import vn.newsarchive.admin.FormSave;
import vn.newsarchive.admin.FormSave.Saved;

/** Adding, correcting and removing the positions a person held. */
@Controller
@RequestMapping("/admin/persons/{personId}/positions")
class PositionAdminController {

	static final String FORM_VIEW = "admin/persons/position";

	private final PositionEditService service;

	private final PersonEditService persons;

	PositionAdminController(PositionEditService service, PersonEditService persons) {
		this.service = service;
		this.persons = persons;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "personId");
	}

	@GetMapping("/new")
	String newForm(@PathVariable long personId, Model model) {
		model.addAttribute("form", new PositionForm());
		return show(personId, null, model);
	}

	@PostMapping("/new")
	String create(@PathVariable long personId, @Valid @ModelAttribute("form") PositionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSave.run(result, model, redirect, () -> show(personId, null, model), () -> {
			this.service.create(personId, form);
			return new Saved("admin.position.created", form.getTitle(), "/admin/persons/" + personId + "/edit");
		});
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long personId, @PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(personId, id));
		return show(personId, id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long personId, @PathVariable long id, @Valid @ModelAttribute("form") PositionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSave.run(result, model, redirect, () -> show(personId, id, model), () -> {
			this.service.update(personId, id, form);
			return new Saved("admin.position.saved", form.getTitle(), "/admin/persons/" + personId + "/edit");
		});
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long personId, @PathVariable long id,
			@RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
		try {
			this.service.delete(personId, id, version);
			Flash.add(redirect, "admin.position.deleted", null);
		}
		catch (EditConflictException ex) {
			Flash.error(redirect, "admin.conflict.delete", null);
		}
		return "redirect:/admin/persons/" + personId + "/edit";
	}

	private String show(long personId, Long positionId, Model model) {
		model.addAttribute("person", this.persons.get(personId));
		model.addAttribute("positionId", positionId);
		return FORM_VIEW;
	}

}
