package vn.newsarchive.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.api.ApiRows.ArticleRef;

/**
 * Researchers' read-only access to articles: no sign-in, paged, with an ETag. (The same
 * address takes scrapers' articles by POST with a token: package ingest.)
 */
@RestController
class ArticleApiController {

	private final ArticleData articles;

	ArticleApiController(ArticleData articles) {
		this.articles = articles;
	}

	@GetMapping("/api/v1/articles")
	ApiPage<ArticleRef> articles(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.articles.latest(ApiPage.number(page), ApiPage.size(size));
	}

	@GetMapping("/api/v1/articles/{id}")
	ArticleData.Detail article(@PathVariable long id) {
		return this.articles.one(id);
	}

}
