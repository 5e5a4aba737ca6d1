package vn.newsarchive.home;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.system.SiteAddress;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.system.Permalinks;

/**
 * The Atom feed of the latest articles and the OpenSearch description, written with a
 * streaming XML writer so every title is escaped. Feed readers get the archive's default
 * language: they have no language switch.
 */
@RestController
class FeedController {

	private final SiteAddress site;

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final int FEED_SIZE = 30;

	/** Articles carry the local time of Vietnamese newsrooms. */
	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private static final Locale FEED_LOCALE = Locale.forLanguageTag("vi");

	private final ArticleRepository articles;

	private final MessageSource messages;

	FeedController(ArticleRepository articles, MessageSource messages, SiteAddress site) {
		this.articles = articles;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed() throws XMLStreamException {
		String base = this.site.base();
		List<ArticleSummary> latest = this.articles.findSummaries(PageRequest.of(0, FEED_SIZE,
				Sort.by(Sort.Order.desc("publishedAt").nullsLast(), Sort.Order.desc("id"))));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", FEED_LOCALE.getLanguage());
		element(xml, "id", base + "/feed.atom");
		element(xml, "title", this.messages.getMessage("app.name", null, FEED_LOCALE));
		element(xml, "subtitle", this.messages.getMessage("feed.title", null, FEED_LOCALE));
		element(xml, "updated",
				latest.stream()
					.filter((a) -> a.publishedAt() != null)
					.map((a) -> a.publishedAt().atOffset(VIETNAM).toString())
					.findFirst()
					.orElse("1970-01-01T00:00:00Z"));
		link(xml, "self", base + "/feed.atom");
		link(xml, "alternate", base + "/");
		for (ArticleSummary article : latest) {
			xml.writeStartElement("entry");
			element(xml, "id", base + Permalinks.ARTICLE + article.id());
			element(xml, "title", article.title());
			link(xml, "alternate", base + article.url());
			String when = (article.publishedAt() != null) ? article.publishedAt().atOffset(VIETNAM).toString()
					: "1970-01-01T00:00:00Z";
			element(xml, "updated", when);
			if (article.lead() != null) {
				element(xml, "summary", article.lead());
			}
			if (article.source() != null) {
				xml.writeStartElement("author");
				element(xml, "name", article.source());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return xml(out, "application/atom+xml");
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
		return xml(out, "application/opensearchdescription+xml");
	}

	/**
	 * Sets the type explicitly: feed readers and browsers ask with all kinds of Accept
	 * headers.
	 */
	static ResponseEntity<String> xml(StringWriter out, String type) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8")).body(out.toString());
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeStartElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeEndElement();
	}

}
