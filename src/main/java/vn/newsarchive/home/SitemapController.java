package vn.newsarchive.home;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.system.Permalinked;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * Every public page a search engine should know, by its canonical permalink: four
 * queries.
 */
@RestController
class SitemapController {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final List<String> INDEXES = List.of("/", "/bai-viet", "/nhan-vat", "/van-kien", "/su-kien");

	private final ArticleRepository articles;

	private final PersonRepository persons;

	private final ResolutionRepository resolutions;

	private final MeetingRepository meetings;

	SitemapController(ArticleRepository articles, PersonRepository persons, ResolutionRepository resolutions,
			MeetingRepository meetings) {
		this.articles = articles;
		this.persons = persons;
		this.resolutions = resolutions;
		this.meetings = meetings;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NS);
		for (String index : INDEXES) {
			url(xml, base + index, null);
		}
		write(xml, base, Permalinks.ARTICLE, this.articles.findPermalinks());
		write(xml, base, Permalinks.PERSON, this.persons.findPermalinks());
		write(xml, base, Permalinks.RESOLUTION, this.resolutions.findPermalinks());
		write(xml, base, Permalinks.MEETING, this.meetings.findPermalinks());
		xml.writeEndElement();
		xml.writeEndDocument();
		return FeedController.xml(out, "application/xml");
	}

	private static void write(XMLStreamWriter xml, String base, String prefix, List<Permalinked> records)
			throws XMLStreamException {
		for (Permalinked record : records) {
			String slug = Slugs.canonical(record.getSlug(), record.getTitle());
			url(xml, base + Permalinks.of(prefix, record.getId(), slug),
					(record.getUpdatedAt() != null) ? record.getUpdatedAt().toString().substring(0, 10) : null);
		}
	}

	private static void url(XMLStreamWriter xml, String loc, String lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		FeedController.element(xml, "loc", loc);
		if (lastModified != null) {
			FeedController.element(xml, "lastmod", lastModified);
		}
		xml.writeEndElement();
	}

}
