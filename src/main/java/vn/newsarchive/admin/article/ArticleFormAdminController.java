package vn.newsarchive.admin.article;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.FormSave;
import vn.newsarchive.admin.FormSave.Saved;
import vn.newsarchive.article.Article;

/** Creating and correcting an article. A refused save shows the form again, as typed. */
@Controller
@RequestMapping("/admin/articles")
class ArticleFormAdminController {

	static final String FORM_VIEW = "admin/articles/form";

	private final ArticleEditService service;

	private final ArticleLinkService links;

	ArticleFormAdminController(ArticleEditService service, ArticleLinkService links) {
		this.service = service;
		this.links = links;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** The structured form, for an article typed in by hand; pasting is the usual way. */
	@GetMapping("/new/manual")
	String newForm(Model model) {
		model.addAttribute("form", new ArticleForm());
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSave.run(result, model, redirect, () -> FORM_VIEW, () -> {
			Article article = this.service.create(form);
			return new Saved("admin.article.created", article.getTitle(), editPath(article.getId()));
		});
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("article", this.service.get(id));
		model.addAttribute("links", this.links.linksOf(id));
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("article", this.service.get(id));
		model.addAttribute("links", this.links.linksOf(id));
		return FormSave.run(result, model, redirect, () -> FORM_VIEW,
				() -> new Saved("admin.article.saved", this.service.update(id, form).getTitle(), editPath(id)));
	}

	private static String editPath(long id) {
		return "/admin/articles/" + id + "/edit";
	}

}
