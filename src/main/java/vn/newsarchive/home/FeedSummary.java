package vn.newsarchive.home;

import java.util.regex.Pattern;

/**
 * A lead as a feed reader shows it: plain text. Scraped leads sometimes keep the Markdown
 * of the page they came from: an image ({@code ![](…)}, often empty) is dropped, a link
 * keeps its words, and the spaces left behind are folded.
 */
final class FeedSummary {

	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private FeedSummary() {
	}

	/** The plain text of a lead, or null when nothing but markup was left. */
	static String of(String lead) {
		if (lead == null) {
			return null;
		}
		String text = IMAGE.matcher(lead).replaceAll(" ");
		text = LINK.matcher(text).replaceAll("$1");
		text = SPACES.matcher(text).replaceAll(" ").strip();
		return text.isEmpty() ? null : text;
	}

}
