package vn.newsarchive.review;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.jdbc.core.JdbcTemplate;
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

import vn.newsarchive.system.NotFoundException;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * "Báo lỗi": a reader tells the editors what is wrong with an article, without an
 * account. Rate-limited per address; a form with the honeypot filled is thanked and
 * dropped, so a bot learns nothing.
 */
@Controller
class ReaderReportController {

	static final String VIEW = "articles/report";

	static final String PATH = "/bai-viet/{id:\\d+}/bao-loi";

	private final JdbcTemplate jdbc;

	private final ReportThrottle throttle;

	ReaderReportController(JdbcTemplate jdbc, ReportThrottle throttle) {
		this.jdbc = jdbc;
		this.throttle = throttle;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("problem", "message", "contact", "website");
	}

	@ModelAttribute("problems")
	ReportedProblem[] problems() {
		return ReportedProblem.values();
	}

	@GetMapping(PATH)
	String form(@PathVariable long id, Model model) {
		model.addAttribute("form", new ReaderReportForm());
		return show(id, model);
	}

	@PostMapping(PATH)
	String report(@PathVariable long id, @Valid @ModelAttribute("form") ReaderReportForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.isFilledByABot()) {
			redirect.addFlashAttribute("sent", true);
			return "redirect:/bai-viet/" + id + "/bao-loi";
		}
		if (result.hasErrors()) {
			return show(id, model);
		}
		if (!this.throttle.tryReport(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("throttled", true);
			return show(id, model);
		}
		article(id);
		this.jdbc.update("insert into reader_report (article_id, problem, message, contact) values (?, ?, ?, ?)", id,
				form.getProblem().name(), form.getMessage().strip(),
				(form.getContact() != null && !form.getContact().isBlank()) ? form.getContact().strip() : null);
		redirect.addFlashAttribute("sent", true);
		return "redirect:/bai-viet/" + id + "/bao-loi";
	}

	private String show(long id, Model model) {
		String[] article = article(id);
		model.addAttribute("articleId", id);
		model.addAttribute("articleTitle", article[0]);
		model.addAttribute("articleUrl",
				Permalinks.of(Permalinks.ARTICLE, id, Slugs.canonical(article[1], article[0])));
		return VIEW;
	}

	private String[] article(long id) {
		List<String[]> rows = this.jdbc.query("select title, slug from article where id = ?",
				(rs, i) -> new String[] { rs.getString("title"), rs.getString("slug") }, id);
		if (rows.isEmpty()) {
			throw new NotFoundException("Article", id);
		}
		return rows.get(0);
	}

}
