package vn.newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import vn.newsarchive.system.SiteAddress;
import vn.newsarchive.system.DateLabels;

/**
 * A result set as CSV for researchers: every hit up to
 * {@link ArticleSearch#EXPORT_LIMIT}, UTF-8 with a byte-order mark (or Excel misreads
 * Vietnamese), fields quoted as RFC 4180 says. A query that cannot run gives a file with
 * the header only.
 */
@RestController
class SearchCsvController {

	private final SiteAddress site;

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ArticleSearch search;

	private final DateLabels dates;

	SearchCsvController(ArticleSearch search, DateLabels dates, SiteAddress site) {
		this.search = search;
		this.dates = dates;
		this.site = site;
	}

	@GetMapping("/api/search.csv")
	ResponseEntity<byte[]> export(@ModelAttribute SearchForm form) {
		List<SearchHit> hits = this.search.export(form.toQuery());
		String base = this.site.base();
		StringBuilder csv = new StringBuilder("\uFEFF").append("id,title,published,source,url,score\r\n");
		for (SearchHit hit : hits) {
			csv.append(hit.id())
				.append(',')
				.append(field(hit.title()))
				.append(',')
				.append(field(this.dates.iso(hit.published(), hit.precision())))
				.append(',')
				.append(field(hit.source()))
				.append(',')
				.append(field(base + hit.url()))
				.append(',')
				.append(hit.score())
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("search.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Quoted when it holds a comma, quote or line break; quotes doubled. A text starting
	 * like a formula (=, +, -, @) gets an apostrophe first, so a spreadsheet shows it
	 * rather than runs it: titles come from scraped pages.
	 */
	static String field(String raw) {
		if (raw == null) {
			return "";
		}
		String value = (!raw.isEmpty() && "=+-@".indexOf(raw.charAt(0)) >= 0) ? "'" + raw : raw;
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
