package vn.newsarchive.meeting;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.system.DateRange;
import vn.newsarchive.system.Pager;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

@Controller
class MeetingController {

	static final String INDEX_VIEW = "meetings/index";

	static final String MEETING_VIEW = "meetings/meeting";

	static final int PAGE_SIZE = 30;

	static final Map<String, Sort> ORDERS = Map.of("newest",
			Sort.by(Sort.Order.desc("heldOn").nullsLast(), Sort.Order.desc("id")), "oldest",
			Sort.by(Sort.Order.asc("heldOn").nullsLast(), Sort.Order.asc("id")), "kind",
			Sort.by(Sort.Order.asc("kind").nullsLast(), Sort.Order.desc("heldOn").nullsLast()));

	private final MeetingRepository meetings;

	private final MeetingPages pages;

	private final ArchiveTallies tallies;

	MeetingController(MeetingRepository meetings, MeetingPages pages, ArchiveTallies tallies) {
		this.meetings = meetings;
		this.pages = pages;
		this.tallies = tallies;
	}

	@GetMapping("/su-kien")
	String index(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "newest") String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		DateRange asked = DateRange.parse(from, to);
		DateRange dates = asked.within(year);
		String chosenSort = ORDERS.containsKey(sort) ? sort : "newest";
		String chosenKind = StringUtils.hasText(kind) ? kind : null;
		PageRequest pageable = PageRequest.of(Pager.safe(page), PAGE_SIZE, ORDERS.get(chosenSort));
		Page<MeetingSummary> result;
		if (chosenKind == null && dates.isOpen()) {
			this.tallies.fold();
			result = new PageImpl<>(this.meetings.findSummaries(pageable), pageable, this.meetings.countTallied());
		}
		else {
			result = this.meetings.findSummaries(chosenKind, dates.from(), dates.endExclusive(), pageable);
		}
		model.addAttribute("page", result);
		model.addAttribute("pager", Pager.of(Pager.within(result)));
		model.addAttribute("kinds", this.meetings.findKinds());
		model.addAttribute("years", this.meetings.findYears());
		model.addAttribute("kind", chosenKind);
		model.addAttribute("year", year);
		model.addAttribute("dates", asked);
		model.addAttribute("sort", chosenSort);
		return INDEX_VIEW;
	}

	@GetMapping({ "/su-kien/{id:\\d+}", "/su-kien/{id:\\d+}-{slug}" })
	String show(@PathVariable long id, @PathVariable(required = false) String slug, Model model,
			HttpServletRequest request) {
		MeetingView view = this.pages.load(id);
		Meeting meeting = view.meeting();
		String canonical = Slugs.canonical(meeting.getSlug(), meeting.getLabel());
		var moved = Permalinks.redirectIfMoved(Permalinks.MEETING, id, slug, canonical);
		if (moved.isPresent()) {
			return Permalinks.movedPermanently(request, moved.get());
		}
		model.addAttribute("view", view);
		model.addAttribute("meeting", meeting);
		return MEETING_VIEW;
	}

}
