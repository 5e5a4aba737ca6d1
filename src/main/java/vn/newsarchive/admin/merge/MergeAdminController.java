package vn.newsarchive.admin.merge;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.admin.EditConflictException;
import vn.newsarchive.admin.Flash;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.history.RecordKind;

/**
 * Merging a person, document or meeting into the one shown: find the other, see what
 * would move on a confirmation page, merge; and undo a merge from the history.
 */
@Controller
class MergeAdminController {

	static final String CHOOSE_VIEW = "admin/merge/choose";

	static final String CONFIRM_VIEW = "admin/merge/confirm";

	private static final String MERGEABLE = "/admin/{segment:persons|resolutions|meetings}/{id}/merge";

	private final MergeService service;

	MergeAdminController(MergeService service) {
		this.service = service;
	}

	@GetMapping(MERGEABLE)
	String choose(@PathVariable String segment, @PathVariable long id,
			@RequestParam(name = "q", required = false) String text, Model model) {
		RecordKind kind = kind(segment);
		model.addAttribute("kind", kind);
		model.addAttribute("merge", this.service.page(kind, id, null));
		model.addAttribute("q", text);
		model.addAttribute("candidates", this.service.candidates(kind, id, text));
		return CHOOSE_VIEW;
	}

	@GetMapping(MERGEABLE + "/confirm")
	String confirm(@PathVariable String segment, @PathVariable long id, @RequestParam(name = "otherId") long otherId,
			Model model, RedirectAttributes redirect) {
		RecordKind kind = kind(segment);
		if (otherId == id) {
			Flash.error(redirect, "admin.merge.self", null);
			return "redirect:" + choosePath(kind, id);
		}
		try {
			model.addAttribute("merge", this.service.page(kind, id, otherId));
		}
		catch (RecordNotFoundException ex) {
			Flash.error(redirect, "admin.merge.unknown", String.valueOf(otherId));
			return "redirect:" + choosePath(kind, id);
		}
		model.addAttribute("kind", kind);
		return CONFIRM_VIEW;
	}

	@PostMapping(MERGEABLE)
	String merge(@PathVariable String segment, @PathVariable long id, @RequestParam(name = "otherId") long otherId,
			@RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
		RecordKind kind = kind(segment);
		try {
			String label = this.service.merge(kind, id, version, otherId);
			Flash.add(redirect, "admin.merge.done", label);
			return "redirect:" + kind.editPath(id);
		}
		catch (RecordNotFoundException ex) {
			Flash.error(redirect, "admin.merge.unknown", String.valueOf(otherId));
		}
		catch (EditConflictException ex) {
			Flash.error(redirect, "admin.merge.conflict", null);
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "admin.merge.self", null);
		}
		return "redirect:" + choosePath(kind, id);
	}

	@PostMapping("/admin/merges/{segment:persons|resolutions|meetings}/{mergedId}/undo")
	String undo(@PathVariable String segment, @PathVariable long mergedId, RedirectAttributes redirect) {
		RecordKind kind = kind(segment);
		try {
			Flash.add(redirect, "merge.undone", this.service.undo(kind, mergedId));
		}
		catch (RefusedEditException ex) {
			Flash.error(redirect, ex.getMessageKey(), null);
		}
		return "redirect:" + kind.historyPath(mergedId);
	}

	private static String choosePath(RecordKind kind, long id) {
		return "/admin/" + kind.segment() + "/" + id + "/merge";
	}

	private static RecordKind kind(String segment) {
		return RecordKind.ofSegment(segment).orElseThrow();
	}

}
