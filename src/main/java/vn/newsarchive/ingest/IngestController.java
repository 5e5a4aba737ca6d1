package vn.newsarchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.system.SiteAddress;
import vn.newsarchive.importer.decode.ArticleDecoder;
import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportProblem;

/**
 * {@code POST /api/v1/articles}: a scraper sends one raw article (text or a saved page)
 * with its bearer token. 201 for a new article, 200 with {@code duplicate: true} for one
 * the archive has, 422 with the import's reason for anything that is no article.
 */
@RestController
class IngestController {

	private final SiteAddress site;

	private final IngestService ingest;

	private final MessageSource messages;

	IngestController(IngestService ingest, MessageSource messages, SiteAddress site) {
		this.ingest = ingest;
		this.messages = messages;
		this.site = site;
	}

	@PostMapping(path = "/api/v1/articles", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE })
	ResponseEntity<?> ingest(InputStream body, @RequestHeader(name = "Content-Type") MediaType contentType,
			@RequestHeader(name = "X-Source-Url", required = false) String sourceUrl, Principal sender)
			throws IOException {
		String source = (sourceUrl != null && !sourceUrl.isBlank()) ? sourceUrl.strip() : null;
		if (source != null && !IngestService.isSourceUrl(source)) {
			return problem("BAD_SOURCE_URL", "api.sourceUrl.invalid", IngestService.MAX_SOURCE_URL);
		}
		// read no further than the importer accepts: a huge body is refused, not held
		byte[] article = body.readNBytes(ArticleDecoder.MAX_BYTES + 1);
		if (article.length > ArticleDecoder.MAX_BYTES) {
			ImportProblem tooLarge = ImportProblem.TOO_LARGE;
			return problem(tooLarge.name(), tooLarge.messageKey(), "> " + ArticleDecoder.MAX_BYTES,
					ArticleDecoder.MAX_BYTES);
		}
		ImportOutcome outcome = this.ingest.importArticle(sender.getName(), article,
				MediaType.TEXT_HTML.includes(contentType), source);
		if (outcome.status() == ImportOutcome.Status.FAILED) {
			ImportProblem problem = (outcome.problem() != null) ? outcome.problem() : ImportProblem.NOT_AN_ARTICLE;
			Object[] details = (outcome.problem() != null) ? outcome.details().toArray()
					: new Object[] { outcome.message() };
			return problem(problem.name(), problem.messageKey(), details);
		}
		IngestedArticle stored = this.ingest.describe(outcome, this.site.base());
		if (stored.duplicate()) {
			return ResponseEntity.ok(stored);
		}
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(stored.url())).body(stored);
	}

	private ResponseEntity<Map<String, Object>> problem(String problem, String messageKey, Object... details) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("problem", problem);
		body.put("message", this.messages.getMessage(messageKey, details, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
	}

}
