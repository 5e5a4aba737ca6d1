package vn.newsarchive.resolution;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
class ResolutionController {

	static final String INDEX_VIEW = "resolutions/index";

	static final String RESOLUTION_VIEW = "resolutions/resolution";

	static final int PAGE_SIZE = 50;

	private final ResolutionIndex index;

	private final ResolutionPages pages;

	private final ResolutionRepository resolutions;

	private final ArchiveTallies tallies;

	ResolutionController(ResolutionIndex index, ResolutionPages pages, ResolutionRepository resolutions,
			ArchiveTallies tallies) {
		this.index = index;
		this.pages = pages;
		this.resolutions = resolutions;
		this.tallies = tallies;
	}

	@GetMapping("/van-kien")
	String index(@RequestParam(required = false) String kind, @RequestParam(required = false) String term,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "code") String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DateRange dates = DateRange.parse(from, to);
		this.tallies.fold();
		String chosenSort = ResolutionIndex.ORDERS.containsKey(sort) ? sort : "code";
		String chosenKind = StringUtils.hasText(kind) ? kind : null;
		String chosenTerm = StringUtils.hasText(term) ? term : null;
		Page<ResolutionRow> result = this.index.find(chosenKind, chosenTerm, q, dates, chosenSort,
				PageRequest.of(Pager.safe(page), PAGE_SIZE));
		model.addAttribute("page", result);
		model.addAttribute("pager", Pager.of(Pager.within(result)));
		model.addAttribute("kinds", this.resolutions.findKinds());
		model.addAttribute("terms", this.resolutions.findTerms());
		model.addAttribute("kind", chosenKind);
		model.addAttribute("term", chosenTerm);
		model.addAttribute("q", q);
		model.addAttribute("dates", dates);
		model.addAttribute("sort", chosenSort);
		return INDEX_VIEW;
	}

	@GetMapping({ "/van-kien/{id:\\d+}", "/van-kien/{id:\\d+}-{slug}" })
	String show(@PathVariable long id, @PathVariable(required = false) String slug,
			@RequestParam(name = ResolutionView.ARTICLE_PAGE, defaultValue = "0") int articlePage,
			@RequestParam(name = ResolutionView.MEETING_PAGE, defaultValue = "0") int meetingPage, Model model,
			HttpServletRequest request) {
		this.tallies.fold();
		ResolutionView view = this.pages.load(id, Pager.safe(articlePage), Pager.safe(meetingPage));
		// a page beyond the end of one of its lists is the 404 page, as on every list
		Pager.within(view.citing());
		Pager.within(view.meetings());
		Resolution resolution = view.resolution();
		String canonical = Slugs.canonical(resolution.getSlug(), resolution.getLabel());
		var moved = Permalinks.redirectIfMoved(Permalinks.RESOLUTION, id, slug, canonical);
		if (moved.isPresent()) {
			return Permalinks.movedPermanently(request, moved.get());
		}
		model.addAttribute("view", view);
		model.addAttribute("resolution", resolution);
		return RESOLUTION_VIEW;
	}

}
