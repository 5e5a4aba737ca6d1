package vn.newsarchive.system;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.resolution.ResolutionRepository;

@Controller
class HomeController {

	private static final String VIEW = "home";

	private final ArticleRepository articles;

	private final PersonRepository persons;

	private final ResolutionRepository resolutions;

	private final MeetingRepository meetings;

	HomeController(ArticleRepository articles, PersonRepository persons, ResolutionRepository resolutions,
			MeetingRepository meetings) {
		this.articles = articles;
		this.persons = persons;
		this.resolutions = resolutions;
		this.meetings = meetings;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("articleCount", this.articles.count());
		model.addAttribute("personCount", this.persons.count());
		model.addAttribute("resolutionCount", this.resolutions.count());
		model.addAttribute("meetingCount", this.meetings.count());
		model.addAttribute("latest", this.articles
			.findAll(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("publishedAt").nullsLast(), Sort.Order.desc("id"))))
			.getContent());
		return VIEW;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
