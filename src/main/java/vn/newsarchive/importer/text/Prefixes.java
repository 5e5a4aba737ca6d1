package vn.newsarchive.importer.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words every match of a pattern begins with, each space standing for a run of spaces
 * ({@code \s+}) as in a word list's alternation. {@link StartingAt} asks it before
 * resetting the matcher at a candidate start: a letter such as "t", "l" or "Đ" begins a
 * fifth of a story's words, the pattern's words begin few of them, and the reset clears
 * every group of a large pattern. Compared as written or, for a case-insensitive
 * ({@code UNICODE_CASE}) pattern, as it compares: both characters upper-cased then
 * lower-cased.
 */
public final class Prefixes {

	/**
	 * The folds of the characters below U+2000, Vietnamese letters among them, worked out
	 * once: the scans fold every character of a candidate word, and
	 * {@link Character#toUpperCase(char)} on Vietnamese letters was half of the time
	 * spent comparing them.
	 */
	private static final char[] FOLDED = new char[0x2000];

	static {
		for (int c = 0; c < FOLDED.length; c++) {
			FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
		}
	}

	/** The distinct first characters, as compared. */
	private final char[] firsts;

	/** The words of each first character, as compared. */
	private final String[][] words;

	private final boolean eitherCase;

	private final StartCharacters starts;

	private Prefixes(Collection<String> words, boolean eitherCase) {
		this.eitherCase = eitherCase;
		Map<Character, List<String>> byFirst = new LinkedHashMap<>();
		for (String word : words) {
			if (word.isEmpty()) {
				throw new IllegalArgumentException("An empty prefix matches everywhere");
			}
			String compared = eitherCase ? fold(word) : word;
			byFirst.computeIfAbsent(compared.charAt(0), (c) -> new ArrayList<>()).add(compared);
		}
		this.firsts = new char[byFirst.size()];
		this.words = new String[byFirst.size()][];
		int k = 0;
		for (Map.Entry<Character, List<String>> entry : byFirst.entrySet()) {
			this.firsts[k] = entry.getKey();
			this.words[k] = entry.getValue().toArray(String[]::new);
			k++;
		}
		this.starts = new StartCharacters(eitherCase ? StartingAt.eitherCase(words) : firstsAsWritten(words));
	}

	/** Words compared as written. */
	public static Prefixes asWritten(Collection<String> words) {
		return new Prefixes(words, false);
	}

	/** Words compared as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern compares. */
	public static Prefixes eitherCase(Collection<String> words) {
		return new Prefixes(words, true);
	}

	/** Every character a match can begin with. */
	StartCharacters starts() {
		return this.starts;
	}

	/** Whether one of the words begins at {@code at}. */
	boolean at(String text, int at) {
		char first = compared(text.charAt(at));
		for (int k = 0; k < this.firsts.length; k++) {
			if (this.firsts[k] == first) {
				for (String word : this.words[k]) {
					if (startsWith(text, at + 1, word)) {
						return true;
					}
				}
				return false;
			}
		}
		return false;
	}

	/** Whether {@code word}, less its first character, stands at {@code from}. */
	private boolean startsWith(String text, int from, String word) {
		int i = from;
		for (int w = 1; w < word.length(); w++) {
			char expected = word.charAt(w);
			if (expected == ' ') {
				if (i >= text.length() || !isRegexSpace(text.charAt(i))) {
					return false;
				}
				while (i < text.length() && isRegexSpace(text.charAt(i))) {
					i++;
				}
			}
			else if (i >= text.length() || compared(text.charAt(i)) != expected) {
				return false;
			}
			else {
				i++;
			}
		}
		return true;
	}

	private char compared(char c) {
		return this.eitherCase ? fold(c) : c;
	}

	/** {@code \s} without {@code UNICODE_CHARACTER_CLASS}. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r');
	}

	static char fold(char c) {
		if (c < 128) {
			// ASCII folds within ASCII: to lower case
			return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
		}
		return (c < FOLDED.length) ? FOLDED[c] : Character.toLowerCase(Character.toUpperCase(c));
	}

	private static String fold(String word) {
		StringBuilder folded = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			folded.append(fold(word.charAt(i)));
		}
		return folded.toString();
	}

	private static String firstsAsWritten(Collection<String> words) {
		StringBuilder firsts = new StringBuilder();
		words.forEach((word) -> firsts.append(word.charAt(0)));
		return firsts.toString();
	}

}
