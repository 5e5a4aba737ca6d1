package vn.newsarchive.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.ingest.IngestedArticle.DocumentFound;
import vn.newsarchive.ingest.IngestedArticle.PersonFound;

/**
 * One article from a scraper, imported through the same {@link ImportService} as the
 * {@code import} command and the upload page, then read back as the API answers it.
 */
@Service
class IngestService {

	/** The column's width; longer addresses are refused rather than cut. */
	static final int MAX_SOURCE_URL = 2000;

	private final ImportService importService;

	private final ArticleRepository articles;

	private final TransactionTemplate reading;

	IngestService(ImportService importService, ArticleRepository articles, PlatformTransactionManager transactions) {
		this.importService = importService;
		this.articles = articles;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	ImportOutcome importArticle(String sender, byte[] body, boolean html, String sourceUrl) {
		String fileName = "api/" + sender + (html ? ".html" : ".txt");
		return this.importService.importContent(fileName, body, sourceUrl);
	}

	/** The stored article with the persons and documents the archive linked it to. */
	IngestedArticle describe(ImportOutcome outcome, String base) {
		return this.reading.execute((status) -> {
			Article article = this.articles.findById(outcome.articleId()).orElseThrow();
			List<PersonFound> persons = article.getPersons()
				.stream()
				.map((mention) -> new PersonFound(mention.getPerson().getId(), mention.getPerson().getName(),
						titles(mention.getTitles())))
				.toList();
			List<DocumentFound> documents = article.getResolutions()
				.stream()
				.sorted(Comparator.comparing((document) -> document.getId()))
				.map((document) -> new DocumentFound(document.getId(), document.getCode(), document.getKind()))
				.toList();
			return new IngestedArticle(article.getId(), base + article.getUrl(), article.getTitle(),
					outcome.status() == ImportOutcome.Status.DUPLICATE, persons, documents);
		});
	}

	/** Only an absolute http(s) address is a source: the article page links to it. */
	static boolean isSourceUrl(String value) {
		if (value.length() > MAX_SOURCE_URL) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && uri.getHost() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** The importer stores a person's titles in an article joined by commas. */
	private static List<String> titles(String joined) {
		return (joined == null) ? List.of() : Arrays.stream(joined.split(", ")).map(String::strip).toList();
	}

}
