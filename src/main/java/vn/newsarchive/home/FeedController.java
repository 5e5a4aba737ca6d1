package vn.newsarchive.home;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.system.SiteAddress;

import static vn.newsarchive.home.AtomFeed.element;

/**
 * The Atom feed of the latest articles and the OpenSearch description. Feed readers get
 * the archive's default language: they have no language switch.
 */
@RestController
class FeedController {

	static final int FEED_SIZE = 30;

	static final Locale FEED_LOCALE = Locale.forLanguageTag("vi");

	private final ArticleRepository articles;

	private final MessageSource messages;

	private final SiteAddress site;

	private final AtomFeed atom;

	FeedController(ArticleRepository articles, MessageSource messages, SiteAddress site, AtomFeed atom) {
		this.articles = articles;
		this.messages = messages;
		this.site = site;
		this.atom = atom;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed() throws XMLStreamException {
		List<AtomFeed.Entry> latest = this.articles
			.findSummaries(PageRequest.of(0, FEED_SIZE,
					Sort.by(Sort.Order.desc("publishedAt").nullsLast(), Sort.Order.desc("id"))))
			.stream()
			.map((a) -> new AtomFeed.Entry(a.id(), a.title(), a.url(), a.publishedAt(), FeedSummary.of(a.lead()),
					a.source()))
			.toList();
		return this.atom.answer("/feed.atom", "/", this.messages.getMessage("app.name", null, FEED_LOCALE),
				this.messages.getMessage("feed.title", null, FEED_LOCALE), FEED_LOCALE.getLanguage(), latest);
	}

	@GetMapping("/opensearch.xml")
	ResponseEntity<String> openSearch() throws XMLStreamException {
		String base = this.site.base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("OpenSearchDescription");
		xml.writeDefaultNamespace("http://a9.com/-/spec/opensearch/1.1/");
		element(xml, "ShortName", this.messages.getMessage("opensearch.shortName", null, FEED_LOCALE));
		element(xml, "Description", this.messages.getMessage("opensearch.description", null, FEED_LOCALE));
		element(xml, "InputEncoding", "UTF-8");
		element(xml, "Language", FEED_LOCALE.getLanguage());
		xml.writeStartElement("Url");
		xml.writeAttribute("type", "text/html");
		xml.writeAttribute("method", "get");
		xml.writeAttribute("template", base + "/search?q={searchTerms}");
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		return AtomFeed.xml(out, "application/opensearchdescription+xml");
	}

}
