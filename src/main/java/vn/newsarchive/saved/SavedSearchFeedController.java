package vn.newsarchive.saved;

import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.jsoup.Jsoup;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.home.AtomFeed;
import vn.newsarchive.search.ArticleSearch;
import vn.newsarchive.search.SearchResults;
import vn.newsarchive.system.NotFoundException;

/**
 * The Atom feed of a saved search: its newest {@link #FEED_SIZE} matches, found by the
 * feed's token (anyone with the address may read it: it shows only public articles). In
 * the archive's default language, as the site's feed: feed readers have no language
 * switch.
 */
@RestController
class SavedSearchFeedController {

	static final int FEED_SIZE = 50;

	private static final Locale FEED_LOCALE = Locale.forLanguageTag("vi");

	private final SavedSearchRepository saved;

	private final ArticleSearch search;

	private final AtomFeed atom;

	private final MessageSource messages;

	SavedSearchFeedController(SavedSearchRepository saved, ArticleSearch search, AtomFeed atom,
			MessageSource messages) {
		this.saved = saved;
		this.search = search;
		this.atom = atom;
		this.messages = messages;
	}

	@GetMapping(BrowserKey.PATH + "/{token:[A-Za-z0-9_-]{43}}/feed.atom")
	ResponseEntity<String> feed(@PathVariable String token) throws XMLStreamException {
		SavedSearch saved = this.saved.findByFeedToken(token)
			.orElseThrow(() -> new NotFoundException("SavedSearch", 0));
		SearchResults results = this.search.search(saved.newest(FEED_SIZE));
		if (results.problem() != null) {
			// a search that timed out under load: the reader asks again later
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "600").build();
		}
		List<AtomFeed.Entry> entries = results.hits()
			.stream()
			.map((hit) -> new AtomFeed.Entry(hit.id(), hit.title(), hit.url(), hit.published(),
					(hit.snippet() != null && !hit.snippet().isBlank()) ? Jsoup.parse(hit.snippet()).text() : null,
					hit.source()))
			.toList();
		return this.atom.answer(SavedSearchLinks.feed(token), SavedSearchLinks.results(saved.newest(1)),
				saved.getName(), this.messages.getMessage("saved.feed.subtitle", null, FEED_LOCALE),
				FEED_LOCALE.getLanguage(), entries);
	}

}
