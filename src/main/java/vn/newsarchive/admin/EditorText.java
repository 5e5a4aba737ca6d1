package vn.newsarchive.admin;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What editors type, made ready to store: NFC (the archive stores text in NFC), stripped,
 * blank as null, one item per line or one paragraph per blank-line-separated block.
 */
public final class EditorText {

	// line endings are made \n first: \R would also split one \r\n in two
	private static final Pattern LINE_ENDING = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");

	private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

	private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

	private EditorText() {
	}

	/** NFC and stripped; null when blank. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** The non-blank lines, cleaned, each once, in the order typed. */
	public static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return List
			.copyOf(new LinkedHashSet<>(text.lines().map(EditorText::clean).filter((line) -> line != null).toList()));
	}

	/**
	 * Paragraphs separated by blank lines; a line break inside a paragraph is a space.
	 */
	public static List<String> paragraphs(String text) {
		if (text == null) {
			return List.of();
		}
		String unified = LINE_ENDING.matcher(text).replaceAll("\n");
		return Arrays.stream(BLANK_LINE.split(unified))
			.map((paragraph) -> clean(LINE_BREAK.matcher(paragraph.strip()).replaceAll(" ")))
			.filter((paragraph) -> paragraph != null)
			.toList();
	}

	public static String joinLines(List<String> lines) {
		return String.join("\n", lines);
	}

}
