package vn.newsarchive.admin.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.Flash;
import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.admin.article.ArticlePreviewService.UnreadableInputException;
import vn.newsarchive.importer.store.ImportOutcome;

/**
 * Adding an article from raw text: paste it (or upload the file), see what the importer
 * found, correct it, save. The preview is a POST of the field {@code raw}, so scripts can
 * use it too; refusals show the page again with everything as typed.
 */
@Controller
@RequestMapping("/admin/articles")
class ArticlePreviewAdminController {

	static final String PASTE_VIEW = "admin/articles/paste";

	static final String PREVIEW_VIEW = "admin/articles/preview";

	static final String SAVE = "save";

	private final ArticlePreviewService service;

	ArticlePreviewAdminController(ArticlePreviewService service) {
		this.service = service;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/new")
	String pasteForm(Model model) {
		model.addAttribute("form", new ArticleDraftForm());
		return PASTE_VIEW;
	}

	@PostMapping("/preview")
	String preview(@RequestParam(name = "raw", required = false) String typed,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		boolean uploaded = file != null && !file.isEmpty();
		String raw = (typed != null) ? typed : "";
		try {
			byte[] content = uploaded ? file.getBytes() : raw.getBytes(StandardCharsets.UTF_8);
			String name = uploaded ? uploadName(file) : DraftAdapter.PASTED_FILE;
			model.addAttribute("form", this.service.read(name, content, raw));
		}
		catch (UnreadableInputException | IOException ex) {
			// the page again, with the text as pasted and the reason above it
			ArticleDraftForm form = new ArticleDraftForm();
			form.setRaw(raw);
			BindingResult errors = new BeanPropertyBindingResult(form, "form");
			errors.reject((ex instanceof UnreadableInputException) ? ex.getMessage() : "admin.preview.unreadable");
			model.addAttribute("form", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return PASTE_VIEW;
		}
		return showPreview(model);
	}

	@PostMapping("/preview/save")
	String save(@Valid @ModelAttribute("form") ArticleDraftForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = SAVE) String action, Model model,
			RedirectAttributes redirect) {
		this.service.addTyped(form, result);
		if (!SAVE.equals(action) || result.hasErrors()) {
			return showPreview(model);
		}
		ImportOutcome outcome = this.service.save(form);
		switch (outcome.status()) {
			case IMPORTED -> {
				Flash.add(redirect, "admin.article.created", outcome.title());
				return "redirect:/admin/articles/" + outcome.articleId() + "/edit";
			}
			case DUPLICATE ->
				new RefusedEditException("admin.article.duplicate", null, outcome.articleId(), outcome.title())
					.showOn(result, model);
			default -> result.reject("admin.preview.failed");
		}
		return showPreview(model);
	}

	private String showPreview(Model model) {
		model.addAttribute("found", this.service.describe((ArticleDraftForm) model.getAttribute("form")));
		return PREVIEW_VIEW;
	}

	/** The name without any folder some browsers send along. */
	private static String uploadName(MultipartFile file) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		String bare = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return bare.isEmpty() ? DraftAdapter.PASTED_FILE : bare;
	}

}
