package vn.newsarchive.importer.segment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/**
 * The segmenter's word lists (loaded by {@link WordList}, the one loader): chrome lines,
 * headers of related blocks and tails, agencies, title words of bylines and lede openers.
 * Lines are compared by {@link LineKey}, so case, diacritics and trailing punctuation do
 * not matter.
 */
public final class WordLists {

	private static volatile WordLists defaults;

	private final Set<String> chromeLines;

	private final List<String> chromePrefixes;

	private final int longestPrefix;

	private final Set<String> relatedHeaders;

	private final Set<String> tailHeaders;

	private final Map<String, String> agencies;

	private final List<String> bylineTitles;

	private final Pattern agencyPattern;

	private final Pattern ledeOpener;

	private final Set<String> familyNames;

	/**
	 * Longer than any listed line, header or agency with room for the spaces and
	 * punctuation that {@link LineKey} removes: a longer line is none of them, unfolded.
	 */
	private final int longestListedLine;

	private WordLists() {
		this.chromeLines = LineKey.keysOf(read("chrome-lines.txt"));
		this.chromePrefixes = List.copyOf(LineKey.keysOf(read("chrome-prefixes.txt")));
		this.longestPrefix = this.chromePrefixes.stream().mapToInt(String::length).max().orElse(0);
		this.relatedHeaders = LineKey.keysOf(read("related-headers.txt"));
		this.tailHeaders = LineKey.keysOf(read("tail-headers.txt"));
		List<String> agencyNames = read("agencies.txt");
		Map<String, String> agencyMap = new HashMap<>();
		agencyNames.forEach((name) -> agencyMap.put(LineKey.of(name), name));
		this.agencies = Map.copyOf(agencyMap);
		this.agencyPattern = alternation(agencyNames);
		this.bylineTitles = List.copyOf(LineKey.keysOf(read("byline-titles.txt")));
		this.familyNames = LineKey.keysOf(read("family-names.txt"));
		this.longestListedLine = 2
				* Stream.of(this.chromeLines, this.relatedHeaders, this.tailHeaders, this.agencies.keySet())
					.flatMap(Set::stream)
					.mapToInt(String::length)
					.max()
					.orElse(0)
				+ LineKey.SAME_TEXT_SLACK;
		this.ledeOpener = Pattern.compile("^(?:" + alternation(read("lede-openers.txt")).pattern() + ")(?:\\s*\\d|,)",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The lists shipped with the importer, loaded once. */
	public static WordLists defaults() {
		WordLists lists = defaults;
		if (lists == null) {
			synchronized (WordLists.class) {
				lists = defaults;
				if (lists == null) {
					lists = new WordLists();
					defaults = lists;
				}
			}
		}
		return lists;
	}

	boolean isChromeLine(String line) {
		String key = (line.length() <= this.longestListedLine) ? LineKey.of(line) : null;
		if (key != null && this.chromeLines.contains(key)) {
			return true;
		}
		// the prefixes are short: only the start of a (long) line needs folding
		String start = line.strip();
		String folded = VietnameseText.fold(start.substring(0, Math.min(start.length(), this.longestPrefix * 2)))
			.toLowerCase(Locale.ROOT);
		for (String prefix : this.chromePrefixes) {
			if (folded.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	boolean isRelatedHeader(String line) {
		return line.length() <= this.longestListedLine && this.relatedHeaders.contains(LineKey.of(line));
	}

	boolean isTailHeader(String line) {
		return line.length() <= this.longestListedLine && this.tailHeaders.contains(LineKey.of(line));
	}

	/** The agency as listed, when the text names one (case and diacritics aside). */
	public String agency(String text) {
		return (text.length() <= this.longestListedLine) ? this.agencies.get(LineKey.of(text)) : null;
	}

	public boolean isAgency(String text) {
		return agency(text) != null;
	}

	/** Alternation of the agency names, longest first, for building patterns. */
	Pattern agencyPattern() {
		return this.agencyPattern;
	}

	/** A Vietnamese family name (Nguyễn, Phạm, ...), compared without diacritics. */
	boolean isFamilyName(String syllable) {
		return this.familyNames.contains(LineKey.of(syllable));
	}

	boolean startsWithBylineTitle(String line) {
		String folded = VietnameseText.fold(line).toLowerCase(Locale.ROOT);
		for (String title : this.bylineTitles) {
			if (folded.startsWith(title)
					&& (folded.length() == title.length() || !Character.isLetter(folded.charAt(title.length())))) {
				return true;
			}
		}
		return false;
	}

	boolean opensWithTimePhrase(String line) {
		return this.ledeOpener.matcher(line).find();
	}

	private static Pattern alternation(List<String> words) {
		String alternation = words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		return Pattern.compile(alternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static List<String> read(String name) {
		return WordList.load(name).entries();
	}

}
