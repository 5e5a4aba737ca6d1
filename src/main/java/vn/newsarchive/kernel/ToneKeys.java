package vn.newsarchive.kernel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison keys ({@link VietnameseText#key}): lower case, and each syllable's tone mark
 * moved to its end ("#" and the mark's number), so that where the source placed it no
 * longer matters.
 * <p>
 * The definition lower-cases, decomposes the whole text, drops the tone marks and
 * composes it again; the importer builds a key for every candidate name and place of
 * every passage, and the two normalisations were most of that time. Letters of a cleaned
 * text are independent in it (each starts with a letter no other character composes
 * with), so each letter's share of the key is worked out once: its base (lower case, tone
 * dropped, composed again) and its tone. Text with any other character takes the
 * definition.
 */
final class ToneKeys {

	private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

	/** The letters in the tables: Latin-1, Latin Extended-A and -B, and U+1E00-U+1EFF. */
	private static final char FIRST = '\u00C0';

	private static final char LAST = '\u1EFF';

	/** Each letter's base, 0 for a character keyed by the definition only. */
	private static final char[] BASES = new char[LAST - FIRST + 1];

	/** Each letter's tone: '0' + the mark's number, or 0 for none. */
	private static final char[] TONES = new char[LAST - FIRST + 1];

	static {
		for (char c = FIRST; c <= LAST; c++) {
			String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
			String key = byDefinition(String.valueOf(c));
			int hash = key.indexOf('#');
			String base = (hash >= 0) ? key.substring(0, hash) : key;
			// a letter of one character, lower case, that decomposes to a Latin letter
			// and marks ("İ" lower-cases to two characters; a lone mark or a letter of
			// another script is left to the definition)
			if (lower.length() == 1 && base.length() == 1 && Character.isLetter(c) && Character.isLetter(base.charAt(0))
					&& Normalizer.normalize(lower, Normalizer.Form.NFD).charAt(0) < '\u0250') {
				BASES[c - FIRST] = base.charAt(0);
				TONES[c - FIRST] = (hash >= 0) ? key.charAt(hash + 1) : 0;
			}
		}
	}

	private ToneKeys() {
	}

	/** The key of a text. */
	static String key(String text) {
		String cleaned = VietnameseText.clean(text);
		String fast = fromTables(cleaned);
		return (fast != null) ? fast : byDefinition(cleaned);
	}

	/**
	 * The key of a cleaned text (NFC, single spaces) from the tables, or null when it
	 * holds a character outside them or outside printable ASCII.
	 */
	static String fromTables(String cleaned) {
		StringBuilder key = new StringBuilder(cleaned.length() + 4);
		char tone = 0;
		for (int i = 0; i < cleaned.length(); i++) {
			char c = cleaned.charAt(i);
			if (c == ' ') {
				tone = flushTone(key, tone);
				key.append(c);
			}
			else if (c > ' ' && c < 127) {
				key.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
			}
			else if (c >= FIRST && c <= LAST && BASES[c - FIRST] != 0) {
				key.append(BASES[c - FIRST]);
				tone = (TONES[c - FIRST] != 0) ? TONES[c - FIRST] : tone;
			}
			else {
				return null;
			}
		}
		flushTone(key, tone);
		return key.toString();
	}

	/** The definition, for a cleaned text. */
	static String byDefinition(String cleaned) {
		String decomposed = Normalizer.normalize(cleaned.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder key = new StringBuilder(decomposed.length());
		char tone = 0;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			int mark = TONE_MARKS.indexOf(c);
			if (mark >= 0) {
				tone = (char) ('0' + mark);
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
			key.append('#').append(tone);
		}
		return 0;
	}

}
