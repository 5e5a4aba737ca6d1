package vn.newsarchive.article;

import java.util.Arrays;
import java.util.List;

/**
 * An article's body as the archive stores it: its paragraphs in one text column,
 * separated by a blank line. Blank paragraphs are not paragraphs.
 */
final class Paragraphs {

	static final String SEPARATOR = "\n\n";

	private Paragraphs() {
	}

	static List<String> of(String body) {
		return Arrays.stream(body.split(SEPARATOR)).filter((p) -> !p.isBlank()).toList();
	}

	static String body(List<String> paragraphs) {
		return String.join(SEPARATOR, paragraphs);
	}

}
