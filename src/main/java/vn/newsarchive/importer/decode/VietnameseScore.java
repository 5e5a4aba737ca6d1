package vn.newsarchive.importer.decode;

import java.text.Normalizer;

/**
 * How much a decoded text reads as Vietnamese: its Vietnamese letters count for it;
 * replacement characters, C1 controls and the marks of UTF-8 read as a legacy code page
 * ({@code Ä}, {@code áº}, {@code á»}) count against it. Decides between lenient UTF-8 and
 * Windows-1258 for bytes that are not valid UTF-8.
 */
final class VietnameseScore {

	private static final String LETTERS = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

	private static final String MOJIBAKE = "ÃÄÅÆº»¼½¾";

	private VietnameseScore() {
	}

	static long of(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		long score = 0;
		for (int i = 0; i < composed.length(); i++) {
			char c = composed.charAt(i);
			if (c == '\uFFFD' || (c >= '\u0080' && c <= '\u009F')) {
				score -= 4;
			}
			else if (MOJIBAKE.indexOf(c) >= 0) {
				score -= 3;
			}
			else if (LETTERS.indexOf(Character.toLowerCase(c)) >= 0) {
				score += 1;
			}
		}
		return score;
	}

}
