package vn.newsarchive.home;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.SiteAddress;

/**
 * Writes an Atom feed (RFC 4287) of articles with a streaming XML writer, so every title
 * is escaped: the site's feed and the feed of each saved search. Entries are identified
 * by the article's permalink, so a reader that follows both feeds sees one article once.
 */
@Component
public class AtomFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** Articles carry the local time of Vietnamese newsrooms. */
	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private final ArticleRepository articles;

	private final SiteAddress site;

	AtomFeed(ArticleRepository articles, SiteAddress site) {
		this.articles = articles;
		this.site = site;
	}

	/**
	 * One article of a feed.
	 *
	 * @param published when it was published, or null when nobody knows
	 * @param summary plain text, or null
	 * @param source the newspaper, written as the entry's author, or null
	 */
	public record Entry(long id, String title, String url, LocalDateTime published, String summary, String source) {
	}

	/**
	 * The feed as an answer.
	 * @param self the feed's own path ({@code /feed.atom}), also its id
	 * @param alternate the path of the page it follows
	 * @param language the language of its titles ({@code vi})
	 */
	public ResponseEntity<String> answer(String self, String alternate, String title, String subtitle, String language,
			List<Entry> entries) throws XMLStreamException {
		String base = this.site.base();
		Map<Long, Instant> stored = storedAt(entries);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
		element(xml, "id", base + self);
		element(xml, "title", title);
		element(xml, "subtitle", subtitle);
		element(xml, "updated",
				entries.stream()
					.map((e) -> updated(e, stored))
					.max(Comparator.naturalOrder())
					.map(AtomFeed::stamp)
					.orElseGet(() -> stamp(OffsetDateTime.now(VIETNAM))));
		link(xml, "self", base + self);
		link(xml, "alternate", base + alternate);
		for (Entry entry : entries) {
			xml.writeStartElement("entry");
			element(xml, "id", base + Permalinks.ARTICLE + entry.id());
			element(xml, "title", entry.title());
			link(xml, "alternate", base + entry.url());
			element(xml, "updated", stamp(updated(entry, stored)));
			if (entry.summary() != null) {
				element(xml, "summary", entry.summary());
			}
			if (entry.source() != null) {
				xml.writeStartElement("author");
				element(xml, "name", entry.source());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return xml(out, "application/atom+xml");
	}

	/**
	 * An RFC 3339 date-time, seconds included ({@code OffsetDateTime.toString()} leaves
	 * out zero seconds, which Atom does not allow).
	 */
	static String stamp(OffsetDateTime at) {
		return STAMP.format(at.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * RFC 4287 requires {@code updated}: the publication time, else, for an article whose
	 * date nobody knows, when the archive stored it (never a made-up 1970).
	 */
	private static OffsetDateTime updated(Entry entry, Map<Long, Instant> stored) {
		if (entry.published() != null) {
			return entry.published().atOffset(VIETNAM);
		}
		Instant at = stored.get(entry.id());
		return ((at != null) ? at : Instant.now()).atOffset(VIETNAM);
	}

	/** When the undated articles of the feed were stored, in one query. */
	private Map<Long, Instant> storedAt(List<Entry> entries) {
		List<Long> undated = entries.stream().filter((e) -> e.published() == null).map(Entry::id).toList();
		if (undated.isEmpty()) {
			return Map.of();
		}
		Map<Long, Instant> stored = new HashMap<>();
		this.articles.findAllById(undated).forEach((a) -> stored.put(a.getId(), a.getCreatedAt()));
		return stored;
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
