package vn.newsarchive.api;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV download (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs
 * read Vietnamese).
 */
final class Csv {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final StringBuilder text = new StringBuilder("\uFEFF");

	Csv(String... header) {
		row((Object[]) header);
	}

	Csv row(Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(cell(cells[i]));
		}
		this.text.append("\r\n");
		return this;
	}

	ResponseEntity<byte[]> download(String fileName) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(this.text.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
