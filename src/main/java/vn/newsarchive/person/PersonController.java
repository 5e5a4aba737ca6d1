package vn.newsarchive.person;

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
import vn.newsarchive.system.NotFoundException;
import vn.newsarchive.system.Pager;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.QueryLinks;
import vn.newsarchive.system.Slugs;

@Controller
class PersonController {

	static final String INDEX_VIEW = "persons/index";

	static final String PERSON_VIEW = "persons/person";

	static final String TENURE_VIEW = "persons/tenure";

	static final int SOURCES_PAGE_SIZE = 20;

	static final int PAGE_SIZE = 50;

	/** A letter of the people index, linked with the reader's other filters kept. */
	record InitialLink(String letter, String url) {
	}

	private final PersonIndex index;

	private final PersonPages pages;

	private final Tenures tenures;

	private final ArchiveTallies tallies;

	PersonController(PersonIndex index, PersonPages pages, Tenures tenures, ArchiveTallies tallies) {
		this.index = index;
		this.pages = pages;
		this.tenures = tenures;
		this.tallies = tallies;
	}

	@GetMapping("/nhan-vat")
	String index(@RequestParam(required = false) String initial, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "0") int page, Model model) {
		this.tallies.fold();
		String chosenSort = PersonIndex.ORDERS.containsKey(sort) ? sort : "name";
		String chosenInitial = StringUtils.hasText(initial) ? initial.substring(0, 1) : null;
		Page<PersonCount> result = this.index.find(chosenInitial, q, chosenSort,
				PageRequest.of(Pager.safe(page), PAGE_SIZE));
		model.addAttribute("page", result);
		model.addAttribute("pager", Pager.of(Pager.within(result)));
		model.addAttribute("allInitials", QueryLinks.with("initial", null));
		model.addAttribute("initials",
				this.index.initials()
					.stream()
					.map((letter) -> new InitialLink(letter, QueryLinks.with("initial", letter)))
					.toList());
		model.addAttribute("initial", chosenInitial);
		model.addAttribute("q", q);
		model.addAttribute("sort", chosenSort);
		return INDEX_VIEW;
	}

	@GetMapping({ "/nhan-vat/{id:\\d+}", "/nhan-vat/{id:\\d+}-{slug}" })
	String show(@PathVariable long id, @PathVariable(required = false) String slug,
			@RequestParam(name = PersonView.ARTICLE_PAGE, defaultValue = "0") int articlePage,
			@RequestParam(name = PersonView.MEETING_PAGE, defaultValue = "0") int meetingPage,
			@RequestParam(name = PersonView.TENURE_PAGE, defaultValue = "0") int tenurePage, Model model,
			HttpServletRequest request) {
		this.tallies.fold();
		PersonView view = this.pages.load(id,
				new PersonPages.Pages(Pager.safe(articlePage), Pager.safe(meetingPage), Pager.safe(tenurePage)));
		// a page beyond the end of one of its lists is the 404 page, as on every list
		Pager.within(view.articles());
		Pager.within(view.meetings());
		Pager.within(view.tenures());
		String canonical = Slugs.canonical(view.person().getSlug(), view.person().getName());
		var moved = Permalinks.redirectIfMoved(Permalinks.PERSON, id, slug, canonical);
		if (moved.isPresent()) {
			return Permalinks.movedPermanently(request, moved.get());
		}
		model.addAttribute("view", view);
		model.addAttribute("person", view.person());
		return PERSON_VIEW;
	}

	/** The articles stating one of a person's titles, a page at a time. */
	@GetMapping("/nhan-vat/{id:\\d+}/chuc-vu")
	String tenure(@PathVariable long id, @RequestParam String title, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Person person = this.pages.find(id);
		Page<Tenures.Source> sources = this.tenures.sources(id, title,
				PageRequest.of(Pager.safe(page), SOURCES_PAGE_SIZE));
		if (sources.getTotalElements() == 0) {
			throw new NotFoundException("Tenure", id);
		}
		model.addAttribute("person", person);
		model.addAttribute("tenureTitle", title);
		model.addAttribute("sources", sources);
		model.addAttribute("pager", Pager.of(Pager.within(sources)));
		return TENURE_VIEW;
	}

}
