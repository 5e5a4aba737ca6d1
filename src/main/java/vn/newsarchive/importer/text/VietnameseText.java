package vn.newsarchive.importer.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of Vietnamese text as it arrives from scraped pages: NFC, one space
 * between words, and a comparison key that ignores case, stray spaces and old/new tone
 * placement ({@code hoà}/{@code hòa}, {@code Uỷ}/{@code Ủy}).
 */
public final class VietnameseText {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

	private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

	private VietnameseText() {
	}

	/**
	 * NFC with every run of whitespace (including non-breaking spaces and line breaks)
	 * made one space.
	 */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		return SPACES.matcher(nfc).replaceAll(" ").trim();
	}

	/**
	 * A key equal for all spellings of the same words: lower case, single spaces, and the
	 * tone mark moved to the end of its syllable so that its placement no longer matters.
	 */
	public static String key(String text) {
		String decomposed = Normalizer.normalize(clean(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder key = new StringBuilder(decomposed.length());
		char tone = 0;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (TONE_MARKS.indexOf(c) >= 0) {
				tone = c;
			}
			else if (c == ' ') {
				tone = flushTone(key, tone);
				key.append(c);
			}
			else {
				key.append(c);
			}
		}
		flushTone(key, tone);
		return Normalizer.normalize(key, Normalizer.Form.NFC);
	}

	private static char flushTone(StringBuilder key, char tone) {
		if (tone != 0) {
			key.append('#').append((char) ('0' + TONE_MARKS.indexOf(tone)));
		}
		return 0;
	}

	/** True when the text is written (nearly) in capitals, as headlines sometimes are. */
	public static boolean isShouting(String text) {
		int upper = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
		}
		return letters >= 12 && upper * 10 >= letters * 8;
	}

	/** Capitalises each syllable ("TRƯƠNG THỊ MAI" becomes "Trương Thị Mai"). */
	public static String titleCase(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean start = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
			start = c == ' ';
		}
		return out.toString();
	}

}
