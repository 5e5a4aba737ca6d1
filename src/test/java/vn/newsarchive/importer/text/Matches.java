package vn.newsarchive.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern as text (span and groups), found by {@link Matcher#find()} or
 * by a {@link StartingAt}: what the scans' tests compare.
 */
public final class Matches {

	private Matches() {
	}

	/** What {@link Matcher#find()} finds from {@code from} on, seeing the text before. */
	public static List<String> found(Pattern pattern, String text, int from) {
		Matcher m = pattern.matcher(text).region(from, text.length()).useTransparentBounds(true);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(describe(m));
		}
		return found;
	}

	public static List<String> of(StartingAt matches) {
		List<String> found = new ArrayList<>();
		while (matches.find()) {
			found.add(describe(matches.matcher()));
		}
		return found;
	}

	private static String describe(Matcher m) {
		StringBuilder groups = new StringBuilder();
		for (int g = 1; g <= m.groupCount(); g++) {
			groups.append((g > 1) ? "," : "").append(m.group(g));
		}
		return m.start() + "-" + m.end() + ":" + groups;
	}

}
