package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.text.LookBehind;
import vn.newsarchive.importer.text.Prefixes;
import vn.newsarchive.importer.text.StartingAt;
import vn.newsarchive.kernel.WordList;

/**
 * People named under a counted title without a "các …:" header: after "gồm:" ("3 Phó Bí
 * thư Thành ủy gồm: đồng chí A - X, đồng chí B và đồng chí C"), or in the sentence after
 * the one that counts them ("HĐND tỉnh đã bầu 2 Phó Chủ tịch UBND tỉnh. Đó là ông A, …;
 * bà B, …"), which may open the next paragraph. Everyone named there holds the counted
 * title.
 */
final class CountedLists {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern THAT_IS = Pattern.compile("(?<![\\p{L}\\p{M}])Đó\\s+là\\s+", Pattern.UNICODE_CASE);

	/** Where {@link #THAT_IS} can start ("Đ" alone begins "Đảng", "Đại hội", …). */
	private static final Prefixes THAT_IS_START = Prefixes.asWritten(List.of("Đó là"));

	/** What the count's look-behind refuses before it: a letter, a mark or a digit. */
	private static final LookBehind NOT_IN_WORD = new LookBehind(true, true, true, "");

	/** The word before the colon of a counted list ("3 Phó Bí thư gồm: …"). */
	private static final String INCLUDING = "gồm";

	private static final String SENTENCE_ENDS = ".!?…\n";

	/** A count right before a title head: "4 Phó Chủ tịch", "hai Phó Bí thư". */
	private final Pattern count;

	private final Pattern including;

	/**
	 * Where a count can start (a digit or a count word's first letter in any case): the
	 * patterns open with a look-behind, which {@link Matcher#find} would try at every
	 * position of every passage.
	 */
	private final String countStarts;

	private final TitleChainReader chains;

	CountedLists(TitleVocabulary words, TitleChainReader chains) {
		this.chains = chains;
		this.countStarts = "0123456789" + StartingAt.eitherCase(WordList.load("count-words.txt").entries());
		String counted = "(?<![\\p{L}\\p{M}\\d])(?:\\d+|" + WordList.load("count-words.txt").alternation() + ")\\s+";
		this.count = Pattern.compile(counted + "(?=" + words.head.pattern() + ")", CI);
		this.including = Pattern.compile(
				counted + "((?:" + words.head.pattern() + ")[^.;:!?()\\[\\]\"“”\\n]{0,120}?)\\s+(?:bao\\s+)?gồm\\s*:",
				CI);
	}

	/**
	 * The groups of a passage whose candidate names are {@code names}; {@code previous}
	 * is the passage before it, whose last sentence may count the people this one names.
	 */
	List<GroupHeaders.Group> find(String text, String previous, List<NameSpan> names) {
		List<GroupHeaders.Group> groups = new ArrayList<>();
		StartingAt including = new StartingAt(this.including, text, 0, this.countStarts, NOT_IN_WORD);
		boolean listed = hasIncludingColon(text);
		while (listed && including.find()) {
			Matcher m = including.matcher();
			String title = this.chains.titleAt(text, m.start(1), m.end(1));
			if (title != null) {
				groups.add(group(text, m.end(), title, names));
			}
		}
		StartingAt thatIs = thatIs(text);
		while (thatIs.find()) {
			Matcher that = thatIs.matcher();
			int sentenceStart = sentenceStart(text, that.start());
			if (!text.substring(sentenceStart, that.start()).isBlank()) {
				continue;
			}
			String before = (sentenceStart > 0) ? text.substring(0, sentenceStart) : previous;
			String title = lastCountedTitle(before.stripTrailing());
			if (title != null) {
				groups.add(group(text, that.end(), title, names));
			}
		}
		return groups;
	}

	static StartingAt thatIs(String text) {
		return new StartingAt(THAT_IS, text, 0, THAT_IS_START, LookBehind.LETTER_OR_MARK);
	}

	/**
	 * Whether some colon follows "gồm" (in any case): most passages have none, and trying
	 * the counted titles at every count word costs more than this scan.
	 */
	static boolean hasIncludingColon(String text) {
		for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
			int end = colon;
			while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (end >= INCLUDING.length()
					&& text.regionMatches(true, end - INCLUDING.length(), INCLUDING, 0, INCLUDING.length())) {
				return true;
			}
		}
		return false;
	}

	private static GroupHeaders.Group group(String text, int from, String title, List<NameSpan> names) {
		int to = GroupHeaders.sentenceEnd(text, from);
		int semicolon = text.indexOf(';', from);
		if (semicolon >= 0 && semicolon < to && GroupHeaders.namesWithin(names, from, semicolon) >= 2) {
			to = semicolon;
		}
		return new GroupHeaders.Group(from, to, List.of(title));
	}

	/** The last counted title of the last sentence of {@code text}. */
	private String lastCountedTitle(String text) {
		int end = text.length();
		if (end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		int start = sentenceStart(text, end);
		Matcher m = this.count.matcher(text).region(start, end);
		String title = null;
		while (m.find()) {
			String found = this.chains.titleAt(text, m.end(), end);
			title = (found != null) ? found : title;
		}
		return title;
	}

	private static int sentenceStart(String text, int at) {
		for (int i = at - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (SENTENCE_ENDS.indexOf(c) >= 0 && !(c == '.' && Words.isAbbreviationDot(text, i))) {
				return i + 1;
			}
		}
		return 0;
	}

}
