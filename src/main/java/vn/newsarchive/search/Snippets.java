package vn.newsarchive.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import vn.newsarchive.search.FoldedWords.Word;

/**
 * Snippets for one query: the passage of a text where the query's words are densest, in
 * the original spelling, HTML-escaped, each word found marked with {@code <mark>}. Words
 * are compared as the folded index compares them (NFC, one tone placement, no
 * diacritics), so {@code truong thi mai} marks {@code Trương Thị Mai}.
 * <p>
 * Made here, not by Lucene's highlighter: the highlighter needs the body indexed once
 * more in a field of its own and re-reads it through the query for each hit, which cost
 * every search about as much as finding its hits; this reads only the page's ten texts.
 */
final class Snippets {

	/** About how many characters a snippet shows. */
	static final int LENGTH = 220;

	/** Texts longer than this are searched for the words in their start only. */
	static final int MAX_SCANNED = 60_000;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Set<String> words;

	private Snippets(Set<String> words) {
		this.words = words;
	}

	/** Snippets that mark the words the query looks for (not those it excludes). */
	static Snippets of(QueryText query) {
		Set<String> words = new HashSet<>();
		for (Word token : tokens(query.plainWords())) {
			words.add(token.word());
		}
		return new Snippets(words);
	}

	/** The snippet of a text, or null when it holds none of the query's words. */
	String of(String text) {
		if (text == null || this.words.isEmpty()) {
			return null;
		}
		List<Word> found = FoldedWords.among(clipped(text), this.words);
		if (found.isEmpty()) {
			return null;
		}
		int begin = passageStart(text, densest(found).start());
		int end = passageEnd(text, begin);
		StringBuilder html = new StringBuilder((begin > 0) ? "… " : "");
		int at = begin;
		for (Word token : found) {
			if (token.start() >= begin && token.end() <= end) {
				html.append(escaped(text, at, token.start())).append("<mark>");
				html.append(escaped(text, token.start(), token.end())).append("</mark>");
				at = token.end();
			}
		}
		html.append(escaped(text, at, end));
		return html.append((end < text.length()) ? " …" : "").toString();
	}

	/**
	 * The found word that starts the best passage: the most different query words, then
	 * the most words side by side (a phrase), then a passage that opens with the phrase,
	 * then the most words; the first on a tie.
	 */
	static Word densest(List<Word> found) {
		// One pass with a sliding window (the passage of each found word ends at or
		// after the previous one's end): a common word is found hundreds of times in a
		// body, and counting each passage anew was a fifth of a search's time. Each
		// found word is the number of its query word; the window keeps how often each
		// is in it.
		Map<String, Integer> numbers = new HashMap<>();
		int[] number = new int[found.size()];
		for (int i = 0; i < number.length; i++) {
			number[i] = numbers.computeIfAbsent(found.get(i).word(), (w) -> numbers.size());
		}
		int[] inWindow = new int[numbers.size()];
		int windowEnd = 0;
		int distinct = 0;
		int adjacent = 0;
		Word best = found.get(0);
		long bestScore = -1;
		for (int i = 0; i < found.size() && i < 500; i++) {
			windowEnd = Math.max(windowEnd, i);
			while (windowEnd < found.size() && found.get(windowEnd).end() - found.get(i).start() <= LENGTH * 3 / 4) {
				if (inWindow[number[windowEnd]]++ == 0) {
					distinct++;
				}
				if (windowEnd > i && follows(found, windowEnd)) {
					adjacent++;
				}
				windowEnd++;
			}
			int count = windowEnd - i;
			boolean startsPhrase = i + 1 < found.size() && follows(found, i + 1);
			long score = distinct * 10_000L + adjacent * 100L + (startsPhrase ? 50 : 0) + count;
			if (score > bestScore) {
				best = found.get(i);
				bestScore = score;
			}
			if (windowEnd > i) {
				if (--inWindow[number[i]] == 0) {
					distinct--;
				}
				if (i + 1 < windowEnd && follows(found, i + 1)) {
					adjacent--;
				}
			}
		}
		return best;
	}

	/** Whether a found word stands right after the one found before it. */
	private static boolean follows(List<Word> found, int i) {
		return found.get(i).position() == found.get(i - 1).position() + 1;
	}

	/**
	 * Where a passage around a word begins: the start of its sentence when that is close,
	 * else a word boundary a little before it, so the word has some context.
	 */
	private static int passageStart(String text, int word) {
		int from = Math.max(0, word - LENGTH / 3);
		for (int i = word - 1; i > from; i--) {
			char c = text.charAt(i);
			if (c == '\n' || ((c == ' ') && ".!?".indexOf(text.charAt(i - 1)) >= 0)) {
				return i + 1;
			}
		}
		if (from == 0) {
			return 0;
		}
		int space = text.indexOf(' ', from);
		return (space >= 0 && space < word) ? space + 1 : word;
	}

	/** Where a passage ends: about {@link #LENGTH} later, at a word boundary. */
	private static int passageEnd(String text, int begin) {
		int end = begin + LENGTH;
		if (end >= text.length()) {
			return text.length();
		}
		int space = text.lastIndexOf(' ', end);
		return (space > begin + LENGTH / 2) ? space : end;
	}

	private static String escaped(String text, int from, int to) {
		return HtmlUtils.htmlEscape(SPACES.matcher(text.substring(from, to)).replaceAll(" "), "UTF-8");
	}

	private static List<Word> tokens(String text) {
		return FoldedWords.of(clipped(text));
	}

	private static String clipped(String text) {
		return (text.length() > MAX_SCANNED) ? text.substring(0, MAX_SCANNED) : text;
	}

}
