package vn.newsarchive.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable ASCII slugs for permalinks: Vietnamese folded to plain letters (đ → d), lower
 * case, words joined by hyphens, cut at a word boundary.
 */
public final class Slugs {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String text) {
		if (text == null || text.isBlank()) {
			return "-";
		}
		String folded = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		folded = folded.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
		String slug = NON_ALPHANUMERIC.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = slug.substring(0, (cut > 20) ? cut : MAX_LENGTH);
		}
		return slug.isEmpty() ? "-" : slug;
	}

}
