package vn.newsarchive.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.api.ApiRows.ArticleRef;

/** A document as data, and the articles citing it as CSV. */
@RestController
class DocumentApiController {

	private final DocumentData documents;

	DocumentApiController(DocumentData documents) {
		this.documents = documents;
	}

	@GetMapping("/api/v1/documents/{id}")
	DocumentData.Detail document(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.documents.one(id, ApiPage.number(page), ApiPage.size(size));
	}

	/** The first {@value DocumentData#CSV_ROWS} citing articles, oldest first. */
	@GetMapping("/api/v1/documents/{id}/articles.csv")
	ResponseEntity<byte[]> citingArticles(@PathVariable long id) {
		if (!this.documents.exists(id)) {
			throw new ApiRecordNotFoundException("document", id);
		}
		Csv csv = new Csv("id", "title", "published", "precision", "inferred", "source", "url");
		for (ArticleRef a : this.documents.citing(id, DocumentData.CSV_ROWS, 0)) {
			csv.row(a.id(), a.title(), (a.published() != null) ? a.published().date() : null,
					(a.published() != null) ? a.published().precision() : null,
					(a.published() != null) ? a.published().inferred() : null, a.source(), a.url());
		}
		return csv.download("document-" + id + "-articles.csv");
	}

}
