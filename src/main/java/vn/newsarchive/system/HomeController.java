package vn.newsarchive.system;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.newsarchive.article.ArticlePersonRepository;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.article.MonthCount;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.person.PersonCount;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.resolution.ResolutionCount;
import vn.newsarchive.resolution.ResolutionRepository;

@Controller
class HomeController {

	private static final String VIEW = "home";

	private static final int LATEST = 10;

	private static final int TOP = 8;

	private final ArticleRepository articles;

	private final ArticlePersonRepository mentions;

	private final PersonRepository persons;

	private final ResolutionRepository resolutions;

	private final MeetingRepository meetings;

	HomeController(ArticleRepository articles, ArticlePersonRepository mentions, PersonRepository persons,
			ResolutionRepository resolutions, MeetingRepository meetings) {
		this.articles = articles;
		this.mentions = mentions;
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
		model.addAttribute("latest", this.articles.findSummaries(
				PageRequest.of(0, LATEST, Sort.by(Sort.Order.desc("publishedAt").nullsLast(), Sort.Order.desc("id")))));
		model.addAttribute("topPersons", BarRow.of(this.mentions.findMostMentioned(PageRequest.of(0, TOP)),
				PersonCount::name, PersonCount::url, PersonCount::count));
		model.addAttribute("topResolutions", this.resolutions.findMostCited(PageRequest.of(0, TOP)));
		Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
		for (MonthCount month : this.articles.countPerMonth()) {
			perMonth.put(YearMonth.of(month.year(), month.month()), month.count());
		}
		model.addAttribute("perMonth", Charts.perMonth(perMonth));
		return VIEW;
	}

}
