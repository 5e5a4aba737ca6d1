package vn.newsarchive.admin.review;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.Flash;
import vn.newsarchive.review.ReviewDecision;
import vn.newsarchive.review.ReviewDecisions;
import vn.newsarchive.review.ReviewQueue;
import vn.newsarchive.review.ReviewSource;
import vn.newsarchive.system.NotFoundException;

/**
 * The editors' review queue: what the archive is unsure of, one tab per source with its
 * open count. Each item is accepted, fixed (the decision is recorded and the editor taken
 * to the form) or dismissed.
 */
@Controller
class ReviewAdminController {

	static final String VIEW = "admin/review/queue";

	static final int PAGE_SIZE = 25;

	private static final String ITEM = "/admin/review/{source}/{subject}";

	private final ReviewQueue queue;

	private final ReviewDecisions decisions;

	ReviewAdminController(ReviewQueue queue, ReviewDecisions decisions) {
		this.queue = queue;
		this.decisions = decisions;
	}

	@GetMapping("/admin/review")
	String first() {
		return "redirect:/admin/review/" + this.queue.sources().get(0).name();
	}

	@GetMapping("/admin/review/{source}")
	String queue(@PathVariable String source, @RequestParam(defaultValue = "0") int page, Model model) {
		ReviewSource chosen = source(source);
		int number = Math.max(page, 0);
		model.addAttribute("counts", this.queue.counts());
		model.addAttribute("source", chosen.name());
		model.addAttribute("items", chosen.items(number, PAGE_SIZE));
		model.addAttribute("page", number);
		model.addAttribute("hasNext", (long) (number + 1) * PAGE_SIZE < this.queue.counts().get(chosen.name()));
		return VIEW;
	}

	@PostMapping(ITEM + "/accept")
	String accept(@PathVariable String source, @PathVariable String subject, Principal editor,
			RedirectAttributes redirect) {
		ReviewSource chosen = source(source);
		String next = chosen.acceptPath(subject);
		if (next != null) {
			return "redirect:" + next;
		}
		return decide(chosen, subject, ReviewDecision.ACCEPTED, editor, redirect);
	}

	@PostMapping(ITEM + "/dismiss")
	String dismiss(@PathVariable String source, @PathVariable String subject, Principal editor,
			RedirectAttributes redirect) {
		return decide(source(source), subject, ReviewDecision.DISMISSED, editor, redirect);
	}

	@PostMapping(ITEM + "/fix")
	String fix(@PathVariable String source, @PathVariable String subject, @RequestParam String fixPath,
			Principal editor) {
		this.decisions.decide(source(source).name(), subject, ReviewDecision.FIXED, editor.getName());
		// only a path inside the admin: never an address elsewhere
		return "redirect:" + (fixPath.startsWith("/admin/") ? fixPath : "/admin/review/" + source);
	}

	private String decide(ReviewSource source, String subject, ReviewDecision decision, Principal editor,
			RedirectAttributes redirect) {
		this.decisions.decide(source.name(), subject, decision, editor.getName());
		Flash.add(redirect, "review.decided." + decision.name(), null);
		return "redirect:/admin/review/" + source.name();
	}

	private ReviewSource source(String name) {
		return this.queue.source(name).orElseThrow(() -> new NotFoundException("Review source", 0));
	}

}
