package vn.newsarchive.admin.resolution;

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
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.Pager;

/** Listing, adding and correcting party and state documents. */
@Controller
@RequestMapping("/admin/resolutions")
class ResolutionAdminController {

	static final String LIST_VIEW = "admin/resolutions/list";

	static final String FORM_VIEW = "admin/resolutions/form";

	private final ResolutionEditService service;

	ResolutionAdminController(ResolutionEditService service) {
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

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new ResolutionForm());
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ResolutionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSave.run(result, model, redirect, () -> FORM_VIEW, () -> {
			Resolution resolution = this.service.create(form);
			return new Saved("admin.resolution.created", resolution.getLabel(), editPath(resolution.getId()));
		});
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("resolution", this.service.get(id));
		model.addAttribute("form", this.service.formFor(id));
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ResolutionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("resolution", this.service.get(id));
		return FormSave.run(result, model, redirect, () -> FORM_VIEW,
				() -> new Saved("admin.resolution.saved", this.service.update(id, form).getLabel(), editPath(id)));
	}

	private static String editPath(long id) {
		return "/admin/resolutions/" + id + "/edit";
	}

}
