package vn.newsarchive.admin.history;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.newsarchive.history.RevisionLog;
import vn.newsarchive.history.MergedRecords;
import vn.newsarchive.history.SnapshotDiff;
import vn.newsarchive.history.StoredRevision;
import vn.newsarchive.history.RevisionSummary;
import vn.newsarchive.history.RecordKind;
import vn.newsarchive.admin.Flash;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.system.Pager;

/**
 * A record's history: its revisions (newest first), any two compared, and for an article,
 * an earlier revision restored.
 */
@Controller
@RequestMapping("/admin/{segment:articles|persons|resolutions|meetings}/{id}/history")
class HistoryAdminController {

	static final String LIST_VIEW = "admin/history/list";

	static final String COMPARE_VIEW = "admin/history/compare";

	static final int PAGE_SIZE = 20;

	private final RevisionLog log;

	private final MergedRecords merges;

	private final ArticleRepository articles;

	private final ArticleRestoreService restore;

	HistoryAdminController(RevisionLog log, MergedRecords merges, ArticleRepository articles,
			ArticleRestoreService restore) {
		this.log = log;
		this.merges = merges;
		this.articles = articles;
		this.restore = restore;
	}

	@GetMapping
	String list(@PathVariable String segment, @PathVariable long id,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		RecordKind kind = kind(segment);
		model.addAttribute("kind", kind);
		model.addAttribute("recordId", id);
		model.addAttribute("label", this.log.latest(kind, id).map(RevisionSummary::label).orElse("#" + id));
		model.addAttribute("page",
				Pager.within(this.log.history(kind, id, PageRequest.of(Pager.safe(page), PAGE_SIZE))));
		model.addAttribute("undoable", this.merges.mergedInto(kind, id).stream().map(String::valueOf).toList());
		model.addAttribute("mergedInto", this.merges.survivorOf(kind, id).orElse(null));
		if (kind == RecordKind.ARTICLE) {
			this.articles.findById(id).ifPresent((article) -> model.addAttribute("version", article.getVersion()));
		}
		return LIST_VIEW;
	}

	@GetMapping("/compare")
	String compare(@PathVariable String segment, @PathVariable long id,
			@RequestParam(name = "from", required = false) Long from, @RequestParam(name = "to") long to, Model model) {
		RecordKind kind = kind(segment);
		StoredRevision after = revision(kind, id, to);
		Long fromId = (from != null) ? from : this.log.previous(after.summary()).orElse(null);
		StoredRevision before = (fromId != null) ? revision(kind, id, fromId) : null;
		if (before != null && before.summary().id() > after.summary().id()) {
			StoredRevision later = before;
			before = after;
			after = later;
		}
		model.addAttribute("kind", kind);
		model.addAttribute("recordId", id);
		model.addAttribute("label", after.summary().label());
		model.addAttribute("before", (before != null) ? before.summary() : null);
		model.addAttribute("after", after.summary());
		model.addAttribute("changes",
				SnapshotDiff.between((before != null) ? before.snapshot() : java.util.Map.of(), after.snapshot()));
		return COMPARE_VIEW;
	}

	@PostMapping("/{revisionId}/restore")
	String restore(@PathVariable String segment, @PathVariable long id, @PathVariable long revisionId,
			@RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
		if (kind(segment) != RecordKind.ARTICLE) {
			throw new RecordNotFoundException("restorable record", id);
		}
		try {
			this.restore.restore(id, revisionId, version);
			Flash.add(redirect, "history.restored", "#" + revisionId);
		}
		catch (RefusedEditException ex) {
			Flash.error(redirect, ex.getMessageKey(), "#" + revisionId);
		}
		return "redirect:" + RecordKind.ARTICLE.historyPath(id);
	}

	private StoredRevision revision(RecordKind kind, long id, long revisionId) {
		return this.log.find(revisionId)
			.filter((revision) -> revision.isOf(kind, id))
			.orElseThrow(() -> new RecordNotFoundException("revision", revisionId));
	}

	private static RecordKind kind(String segment) {
		return RecordKind.ofSegment(segment).orElseThrow();
	}

}
