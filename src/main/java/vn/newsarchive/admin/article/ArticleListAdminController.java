package vn.newsarchive.admin.article;

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
import vn.newsarchive.article.Article;
import vn.newsarchive.system.Pager;

/** The editors' list of articles, and deleting one after a confirmation page. */
@Controller
@RequestMapping("/admin/articles")
class ArticleListAdminController {

	static final String LIST_VIEW = "admin/articles/list";

	static final String DELETE_VIEW = "admin/articles/delete";

	private final ArticleEditService service;

	ArticleListAdminController(ArticleEditService service) {
		this.service = service;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("q", text);
		model.addAttribute("page", Pager.within(this.service.list(text, page)));
		return LIST_VIEW;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("article", this.service.get(id));
		return DELETE_VIEW;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
			RedirectAttributes redirect) {
		Article article = this.service.get(id);
		try {
			this.service.delete(id, version);
			Flash.add(redirect, "admin.article.deleted", article.getTitle());
			return "redirect:/admin/articles";
		}
		catch (EditConflictException ex) {
			Flash.error(redirect, "admin.conflict.delete", article.getTitle());
			return "redirect:/admin/articles/" + id + "/delete";
		}
	}

}
