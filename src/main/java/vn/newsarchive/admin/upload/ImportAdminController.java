package vn.newsarchive.admin.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.Flash;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportProblem;
import vn.newsarchive.importer.store.ImportService;

/**
 * Importing article files into the running archive (the import command refuses while the
 * archive runs, and sends operators here). Each file is its own transaction, so one bad
 * file does not stop the others.
 */
@Controller
@RequestMapping("/admin/import")
class ImportAdminController {

	static final String VIEW = "admin/import";

	static final String REPORT = "importReport";

	private final ImportService importService;

	private final ArticleRepository articles;

	ImportAdminController(ImportService importService, ArticleRepository articles) {
		this.importService = importService;
		this.articles = articles;
	}

	@GetMapping
	String form() {
		return VIEW;
	}

	@PostMapping
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		List<ImportRow> rows = new ArrayList<>();
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			String name = fileName(file);
			if (name.isEmpty() && file.isEmpty()) {
				continue; // the browser sends an empty part when no file was chosen
			}
			rows.add(row(importOne(name, file)));
		}
		if (rows.isEmpty()) {
			Flash.error(redirect, "admin.import.none", null);
			return "redirect:/admin/import";
		}
		redirect.addFlashAttribute(REPORT, new ImportReport(List.copyOf(rows)));
		Flash.add(redirect, "admin.import.done", String.valueOf(rows.size()));
		return "redirect:/admin/import";
	}

	private ImportOutcome importOne(String name, MultipartFile file) {
		if (file.isEmpty()) {
			return ImportOutcome.failed(name, ImportProblem.EMPTY, "empty file");
		}
		try {
			return this.importService.importContent(name, file.getBytes());
		}
		catch (IOException ex) {
			return ImportOutcome.failed(name, ImportProblem.CANNOT_READ, "cannot read: " + ex.getMessage(),
					String.valueOf(ex.getMessage()));
		}
	}

	private ImportRow row(ImportOutcome outcome) {
		String slug = (outcome.articleId() != null)
				? this.articles.findById(outcome.articleId()).map(Article::getSlug).orElse("-") : null;
		return ImportRow.of(outcome, slug);
	}

	/** The name without any folder some browsers send along. */
	private static String fileName(MultipartFile file) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
	}

}
