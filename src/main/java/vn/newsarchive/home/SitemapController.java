package vn.newsarchive.home;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.system.SiteAddress;
import vn.newsarchive.system.NotFoundException;

/**
 * Every public page a search engine should know, by its canonical permalink: a sitemap
 * index pointing at the index pages' file and at one file per
 * {@value SitemapEntries#CHUNK} ids of each kind of record, so every file stays small
 * whatever the archive's size.
 */
@RestController
class SitemapController {

	private final SiteAddress site;

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final List<String> INDEXES = List.of("/", "/bai-viet", "/nhan-vat", "/van-kien", "/su-kien");

	private final SitemapEntries entries;

	SitemapController(SitemapEntries entries, SiteAddress site) {
		this.entries = entries;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() throws XMLStreamException {
		String base = this.site.base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = start(out, "sitemapindex");
		sitemap(xml, base + "/sitemap/trang.xml");
		for (SitemapEntries.Kind kind : SitemapEntries.Kind.values()) {
			int chunks = this.entries.chunks(kind);
			for (int chunk = 0; chunk < chunks; chunk++) {
				sitemap(xml, base + "/sitemap/" + kind.name + "-" + chunk + ".xml");
			}
		}
		return end(xml, out);
	}

	@GetMapping("/sitemap/trang.xml")
	ResponseEntity<String> indexPages() throws XMLStreamException {
		String base = this.site.base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = start(out, "urlset");
		for (String index : INDEXES) {
			url(xml, base + index, null);
		}
		return end(xml, out);
	}

	@GetMapping("/sitemap/{kind:[a-z-]+}-{chunk:\\d{1,6}}.xml")
	ResponseEntity<String> records(@PathVariable String kind, @PathVariable int chunk) throws XMLStreamException {
		SitemapEntries.Kind chosen = SitemapEntries.Kind.named(kind)
			.orElseThrow(() -> new NotFoundException("Sitemap", chunk));
		String base = this.site.base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = start(out, "urlset");
		for (SitemapEntries.Entry entry : this.entries.chunk(chosen, chunk)) {
			url(xml, base + entry.path(),
					(entry.updatedAt() != null) ? entry.updatedAt().toString().substring(0, 10) : null);
		}
		return end(xml, out);
	}

	private static XMLStreamWriter start(StringWriter out, String root) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement(root);
		xml.writeDefaultNamespace(NS);
		return xml;
	}

	private static ResponseEntity<String> end(XMLStreamWriter xml, StringWriter out) throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		return AtomFeed.xml(out, "application/xml");
	}

	private static void sitemap(XMLStreamWriter xml, String loc) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		AtomFeed.element(xml, "loc", loc);
		xml.writeEndElement();
	}

	private static void url(XMLStreamWriter xml, String loc, String lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		AtomFeed.element(xml, "loc", loc);
		if (lastModified != null) {
			AtomFeed.element(xml, "lastmod", lastModified);
		}
		xml.writeEndElement();
	}

}
