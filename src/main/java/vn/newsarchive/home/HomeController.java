package vn.newsarchive.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.newsarchive.person.PersonCount;
import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.system.BarRow;
import vn.newsarchive.system.Charts;

/**
 * The home page: counts, latest articles, the most mentioned people and most cited
 * documents, and articles per month, each from a tally or the top of an index.
 */
@Controller
class HomeController {

	private static final String VIEW = "home";

	private static final int LATEST = 10;

	private static final int TOP = 8;

	private final HomeFigures figures;

	private final ArchiveTallies tallies;

	HomeController(HomeFigures figures, ArchiveTallies tallies) {
		this.figures = figures;
		this.tallies = tallies;
	}

	@GetMapping("/")
	String home(Model model) {
		this.tallies.fold();
		HomeFigures.Figures figures = this.figures.read(LATEST, TOP);
		HomeFigures.Counts counts = figures.counts();
		model.addAttribute("articleCount", counts.articles());
		model.addAttribute("personCount", counts.persons());
		model.addAttribute("resolutionCount", counts.resolutions());
		model.addAttribute("meetingCount", counts.meetings());
		model.addAttribute("latest", figures.latest());
		model.addAttribute("alsoPublished", figures.alsoPublished());
		model.addAttribute("topPersons",
				BarRow.of(figures.mostMentioned(), PersonCount::name, PersonCount::url, PersonCount::count));
		model.addAttribute("topResolutions", figures.mostCited());
		model.addAttribute("perMonth", Charts.perMonth(figures.perMonth()));
		return VIEW;
	}

}
