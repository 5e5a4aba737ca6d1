package vn.newsarchive.home;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/**
	 * RFC 4287 requires {@code updated}: the publication time, else, for an article whose
	 * date nobody knows, when the archive stored it (never a made-up 1970).
	 */
	private static OffsetDateTime updated(ArticleSummary article, Map<Long, Instant> stored) {
		if (article.publishedAt() != null) {
			return article.publishedAt().atOffset(VIETNAM);
		}
		Instant at = stored.get(article.id());
		return ((at != null) ? at : Instant.now()).atOffset(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
	}

	/** When the undated articles of the feed were stored, in one query. */
	private Map<Long, Instant> storedAt(List<ArticleSummary> latest) {
		List<Long> undated = latest.stream().filter((a) -> a.publishedAt() == null).map(ArticleSummary::id).toList();
		if (undated.isEmpty()) {
			return Map.of();
		}
		Map<Long, Instant> stored = new HashMap<>();
		this.articles.findAllById(undated).forEach((a) -> stored.put(a.getId(), a.getCreatedAt()));
		return stored;
	}

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
		Map<Long, Instant> stored = storedAt(latest);
		element(xml, "updated",
				latest.stream()
					.map((a) -> updated(a, stored))
					.max(Comparator.naturalOrder())
					.orElseGet(() -> OffsetDateTime.now(VIETNAM))
					.toString());
		link(xml, "self", base + "/feed.atom");
		link(xml, "alternate", base + "/");
		for (ArticleSummary article : latest) {
			xml.writeStartElement("entry");
			element(xml, "id", base + Permalinks.ARTICLE + article.id());
			element(xml, "title", article.title());
			link(xml, "alternate", base + article.url());
			element(xml, "updated", updated(article, stored).toString());
			String summary = FeedSummary.of(article.lead());
			if (summary != null) {
				element(xml, "summary", summary);
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
