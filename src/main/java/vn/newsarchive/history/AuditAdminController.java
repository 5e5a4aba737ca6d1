package vn.newsarchive.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;

import vn.newsarchive.system.Pager;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log: every revision of every record, newest first, narrowed by author, kind
 * of record and days. Admins only (SecurityConfig guards {@code /admin/audit/**}).
 */
@Controller
class AuditAdminController {

	static final String VIEW = "admin/audit";

	static final int PAGE_SIZE = 50;

	private final RevisionLog log;

	AuditAdminController(RevisionLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(name = "user", required = false) String user,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		RecordKind chosenKind = StringUtils.hasText(kind) ? RecordKind.ofName(kind).orElse(null) : null;
		LocalDate fromDay = day(from);
		LocalDate toDay = day(to);
		AuditFilter filter = new AuditFilter(StringUtils.hasText(user) ? user.strip() : null, chosenKind, fromDay,
				toDay);
		model.addAttribute("user", filter.author());
		model.addAttribute("kind", chosenKind);
		model.addAttribute("filter", filter);
		model.addAttribute("from", fromDay);
		model.addAttribute("to", toDay);
		model.addAttribute("badDate",
				(StringUtils.hasText(from) && fromDay == null) || (StringUtils.hasText(to) && toDay == null));
		model.addAttribute("kinds", List.of(RecordKind.values()));
		model.addAttribute("page", Pager.within(this.log.audit(filter, PageRequest.of(Pager.safe(page), PAGE_SIZE))));
		return VIEW;
	}

	/** A day as the date input sends it (yyyy-MM-dd); anything else is no filter. */
	private static LocalDate day(String text) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
