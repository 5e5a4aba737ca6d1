package vn.newsarchive.admin;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.review.ReviewQueue;

/**
 * The editors' start page: what the archive holds, what changed lately, where to edit.
 */
@Controller
class AdminDashboardController {

	static final String VIEW = "admin/dashboard";

	private static final int RECENT = 15;

	private final ArticleRepository articles;

	private final PersonRepository persons;

	private final ResolutionRepository resolutions;

	private final MeetingRepository meetings;

	private final ReviewQueue review;

	AdminDashboardController(ArticleRepository articles, PersonRepository persons, ResolutionRepository resolutions,
			MeetingRepository meetings, ReviewQueue review) {
		this.review = review;
		this.articles = articles;
		this.persons = persons;
		this.resolutions = resolutions;
		this.meetings = meetings;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("articleCount", this.articles.count());
		model.addAttribute("personCount", this.persons.count());
		model.addAttribute("resolutionCount", this.resolutions.count());
		model.addAttribute("meetingCount", this.meetings.count());
		model.addAttribute("reviewCounts", this.review.counts());
		model.addAttribute("recent",
				this.articles
					.findAll(PageRequest.of(0, RECENT, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))))
					.getContent());
		return VIEW;
	}

}
