package vn.newsarchive.system;

import vn.newsarchive.kernel.VietnameseText;

/**
 * Readable ASCII slugs for permalinks: Vietnamese folded to plain letters (đ → d), lower
 * case, words joined by hyphens, cut at a word boundary.
 */
public final class Slugs {

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String text) {
		if (text == null || text.isBlank()) {
			return "-";
		}
		String slug = VietnameseText.slug(text);
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = slug.substring(0, (cut > 20) ? cut : MAX_LENGTH);
		}
		return slug.isEmpty() ? "-" : slug;
	}

	/**
	 * The slug to show: the stored one, or one made from the title when none was stored.
	 */
	public static String canonical(String stored, String title) {
		return (stored != null && !stored.isBlank()) ? stored : of(title);
	}

}
