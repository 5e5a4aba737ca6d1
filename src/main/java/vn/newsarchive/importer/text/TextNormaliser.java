package vn.newsarchive.importer.text;

import java.util.regex.Pattern;

import vn.newsarchive.kernel.VietnameseText;

/**
 * Cleans decoded text without changing its words: NFC, look-alike letters, odd spaces and
 * invisible characters, line ends, spaces collapsed and lines trimmed, runs of blank
 * lines collapsed into one. Curly quotes and the source's tone placement are kept.
 */
public final class TextNormaliser implements Normaliser {

	/**
	 * A vowel ending a word, a space, then a final cluster ("nh", "ng", "ch") ending its
	 * own word, in lower case.
	 */
	private static final Pattern SPLIT_FINAL = Pattern.compile(
			"(?<=\\p{L})([aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]) (nh|ng|ch)(?![\\p{L}\\p{M}\\d])");

	@Override
	public String normalise(String text) {
		if (text == null) {
			return "";
		}
		String nfc = VietnameseText.nfc(text);
		StringBuilder out = new StringBuilder(nfc.length());
		boolean pendingSpace = false;
		int blankLines = 0;
		boolean lineHasText = false;
		for (int i = 0; i < nfc.length(); i++) {
			char c = map(nfc.charAt(i));
			if (c == '\r') {
				if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
					continue;
				}
				c = '\n';
			}
			if (c == '\n') {
				pendingSpace = false;
				if (lineHasText) {
					out.append('\n');
					lineHasText = false;
					blankLines = 0;
				}
				else if (out.length() > 0 && blankLines++ == 0) {
					out.append('\n');
				}
				continue;
			}
			if (c == ' ') {
				pendingSpace = lineHasText;
				continue;
			}
			if (c == 0) {
				continue;
			}
			if (pendingSpace) {
				out.append(' ');
				pendingSpace = false;
			}
			out.append(c);
			lineHasText = true;
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == '\n') {
			end--;
		}
		out.setLength(end);
		// removing invisible characters can bring a letter and its mark together again
		return rejoinSplitSyllables(VietnameseText.nfc(out.toString()));
	}

	/**
	 * A stray space inside a syllable, left by page residue ("Bí thư Thà nh ủy", "Ban
	 * Chấp hà nh"): a final consonant cluster standing alone after a vowel is no word, so
	 * it is joined back to the vowel.
	 */
	private static String rejoinSplitSyllables(String text) {
		return SPLIT_FINAL.matcher(text).replaceAll("$1$2");
	}

	/**
	 * Maps one character: look-alikes to Vietnamese letters, spaces to ' ', invisibles to
	 * 0.
	 */
	private static char map(char c) {
		switch (c) {
			case '\u00D0', '\u0189':
				return 'Đ';
			case '\u00F0', '\u0256':
				return 'đ';
			case '\t', '\u000B', '\f', '\u00A0', '\u1680', '\u2028', '\u202F', '\u205F', '\u3000':
				return ' ';
			case '\u2029', '\u0085':
				return '\n';
			case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F':
				return 0;
			default:
				if (c >= '\u2000' && c <= '\u200A') {
					return ' ';
				}
				if (c < ' ' && c != '\n' && c != '\r') {
					return 0;
				}
				return c;
		}
	}

}
