package vn.newsarchive.article;

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
class ArticleController {

	static final String LIST_VIEW = "articles/list";

	static final String ARTICLE_VIEW = "articles/article";

	static final int PAGE_SIZE = 20;

	private final ArticleRepository articles;

	private final ArticlePages pages;

	private final ArchiveTallies tallies;

	ArticleController(ArticleRepository articles, ArticlePages pages, ArchiveTallies tallies) {
		this.articles = articles;
		this.pages = pages;
		this.tallies = tallies;
	}

	@GetMapping("/bai-viet")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String source,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "newest") String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		DateRange asked = DateRange.parse(from, to);
		DateRange dates = asked.within(year);
		boolean oldest = "oldest".equals(sort);
		Sort.Direction direction = oldest ? Sort.Direction.ASC : Sort.Direction.DESC;
		Sort order = Sort.by(new Sort.Order(direction, "publishedAt").nullsLast(), new Sort.Order(direction, "id"));
		String chosenSource = StringUtils.hasText(source) ? source : null;
		PageRequest pageable = PageRequest.of(Pager.safe(page), PAGE_SIZE, order);
		Page<ArticleSummary> result;
		if (dates.isOpen() && chosenSource == null) {
			this.tallies.fold();
			result = new PageImpl<>(this.articles.findSummaries(pageable), pageable, this.articles.countTallied());
		}
		else {
			result = this.articles.findSummaries((dates.from() != null) ? dates.from().atStartOfDay() : null,
					(dates.to() != null) ? dates.endExclusive().atStartOfDay() : null, chosenSource, pageable);
		}
		model.addAttribute("page", result);
		model.addAttribute("alsoPublished", this.articles.findAlsoPublishedBy(result.getContent()));
		model.addAttribute("pager", Pager.of(Pager.within(result)));
		model.addAttribute("years", this.articles.findPublicationYears());
		model.addAttribute("sources", this.articles.findSources());
		model.addAttribute("year", year);
		model.addAttribute("dates", asked);
		model.addAttribute("source", chosenSource);
		model.addAttribute("sort", oldest ? "oldest" : "newest");
		return LIST_VIEW;
	}

	@GetMapping({ "/bai-viet/{id:\\d+}", "/bai-viet/{id:\\d+}-{slug}" })
	String show(@PathVariable long id, @PathVariable(required = false) String slug, Model model,
			HttpServletRequest request) {
		ArticleView view = this.pages.load(id);
		Article article = view.article();
		String canonical = Slugs.canonical(article.getSlug(), article.getTitle());
		var moved = Permalinks.redirectIfMoved(Permalinks.ARTICLE, id, slug, canonical);
		if (moved.isPresent()) {
			return Permalinks.movedPermanently(request, moved.get());
		}
		model.addAttribute("view", view);
		model.addAttribute("article", article);
		return ARTICLE_VIEW;
	}

}
