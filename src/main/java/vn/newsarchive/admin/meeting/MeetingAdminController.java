package vn.newsarchive.admin.meeting;

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
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.system.Pager;

/** Listing and correcting the meetings articles report. */
@Controller
@RequestMapping("/admin/meetings")
class MeetingAdminController {

	static final String LIST_VIEW = "admin/meetings/list";

	static final String FORM_VIEW = "admin/meetings/form";

	private final MeetingEditService service;

	MeetingAdminController(MeetingEditService service) {
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
		model.addAttribute("meeting", this.service.row(id));
		model.addAttribute("form", this.service.formFor(id));
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("meeting", this.service.row(id));
		return FormSave.run(result, model, redirect, () -> FORM_VIEW, () -> new Saved("admin.meeting.saved",
				this.service.update(id, form).getLabel(), "/admin/meetings/" + id + "/edit"));
	}

}
