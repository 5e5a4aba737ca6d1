package vn.newsarchive.importer.meeting;

import java.util.regex.Pattern;

/** Sentence bounds inside a passage: a stop before a capital or the end. */
final class Sentences {

	private static final Pattern END = Pattern.compile("[.!?](?=\\s+\\p{Lu}|\\s*$)");

	private Sentences() {
	}

	/** Where the sentence holding {@code position} starts. */
	static int start(String text, int position) {
		var end = END.matcher(text).region(0, position).useTransparentBounds(true).useAnchoringBounds(false);
		int start = 0;
		while (end.find()) {
			start = end.end();
		}
		return start;
	}

	/** The sentence starting at {@code start}, with its stop. */
	static String from(String text, int start) {
		var end = END.matcher(text).region(start, text.length());
		return end.find() ? text.substring(start, end.end()) : text.substring(start);
	}

}
