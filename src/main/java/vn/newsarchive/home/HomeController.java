package vn.newsarchive.home;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.article.ArticleSummary;
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

	private final ArticleRepository articles;

	private final HomeFigures figures;

	private final ArchiveTallies tallies;

	HomeController(ArticleRepository articles, HomeFigures figures, ArchiveTallies tallies) {
		this.articles = articles;
		this.figures = figures;
		this.tallies = tallies;
	}

	@GetMapping("/")
	String home(Model model) {
		this.tallies.fold();
		HomeFigures.Counts counts = this.figures.counts();
		model.addAttribute("articleCount", counts.articles());
		model.addAttribute("personCount", counts.persons());
		model.addAttribute("resolutionCount", counts.resolutions());
		model.addAttribute("meetingCount", counts.meetings());
		List<ArticleSummary> latest = this.articles.findSummaries(
				PageRequest.of(0, LATEST, Sort.by(Sort.Order.desc("publishedAt").nullsLast(), Sort.Order.desc("id"))));
		model.addAttribute("latest", latest);
		model.addAttribute("alsoPublished", this.articles.findAlsoPublishedBy(latest));
		model.addAttribute("topPersons",
				BarRow.of(this.figures.mostMentioned(TOP), PersonCount::name, PersonCount::url, PersonCount::count));
		model.addAttribute("topResolutions", this.figures.mostCited(TOP));
		model.addAttribute("perMonth", Charts.perMonth(this.figures.perMonth()));
		return VIEW;
	}

}
