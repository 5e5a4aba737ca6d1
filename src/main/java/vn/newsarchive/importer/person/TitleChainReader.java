package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * Reads the comma- or dash-separated title chain before and after a name. Each title
 * opens with a head-word (Ủy viên, Bí thư, Bộ trưởng, ...); the chain ends at a verb
 * ("làm", "chủ trì", "phát biểu", ...), a clause boundary, another name, or a piece that
 * is no title.
 */
final class TitleChainReader {

	/**
	 * A comma, a dash, or a parenthesis opening the titles ("ông A (Phó Chủ tịch ...)"),
	 * and between two titles a word joining two posts held at once ("… kiêm …").
	 */
	private final Pattern leadingSeparator;

	private final Pattern stop;

	/** A word joining two posts held at once ({@code title-joiners.txt}). */
	private final Pattern joiner;

	/**
	 * An abbreviation defined in parentheses inside a title, before the rest of it ("Chủ
	 * nhiệm (UBKT) Tỉnh ủy Sóc Trăng"): no end of the title.
	 */
	private static final Pattern ABBREVIATION_INSIDE = Pattern
		.compile("\\(\\p{Lu}[\\p{Lu}\\p{M}&.]{1,9}\\)(?=\\s+\\p{Lu})");

	private final TitleVocabulary words;

	private final BodyNameComma bodyNames;

	private final TitleTrim trim;

	private final ChainBefore chainBefore;

	/** A birth date, an age or a photo's position between the name and its chain. */
	private final NameAside aside = NameAside.load();

	private final CutTitle cut = new CutTitle();

	TitleChainReader(TitleVocabulary words) {
		this.words = words;
		String joiners = WordList.load("title-joiners.txt").alternation();
		this.leadingSeparator = Pattern.compile("\\s*(?:,|\\s[-–]|-|\\(|(?:" + joiners + ")(?=\\s))\\s*");
		this.stop = Pattern.compile("[,;:.()\\[\\]\"“”!?…]|\\s?[-–]\\s?|\\s(?:" + joiners + ")(?=\\s)");
		this.joiner = Pattern.compile("\\s(?:" + joiners + ")");
		this.bodyNames = BodyNameComma.load(words);
		this.trim = new TitleTrim();
		this.chainBefore = new ChainBefore(words, this.bodyNames, this.trim);
	}

	/**
	 * The chain after a name ending at {@code from}; {@code limit} is where the next name
	 * starts.
	 */
	TitleChain after(String text, int from, int limit) {
		return chain(text, from, limit, true, true);
	}

	/**
	 * The chain whose first title starts at {@code start}, after a verb that gives it
	 * ("giữ chức Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"); {@code limitIsName} when the
	 * reading stops where another name starts.
	 */
	TitleChain at(String text, int start, int limit, boolean limitIsName) {
		return chain(text, start, limit, false, limitIsName);
	}

	private TitleChain chain(String text, int from, int limit, boolean separatorFirst, boolean limitIsName) {
		List<String> titles = new ArrayList<>();
		int pos = separatorFirst ? this.aside.skip(text, from, limit) : from;
		// where the next title starts with no separator before it: the first title after
		// a
		// verb that gives it, or a title after a semicolon inside one chain; -1 otherwise
		int unseparated = separatorFirst ? -1 : pos;
		while (true) {
			Matcher sep = this.leadingSeparator.matcher(text).region(pos, limit);
			if (unseparated < 0 && !sep.lookingAt()) {
				break;
			}
			int start = (unseparated >= 0) ? unseparated : sep.end();
			Matcher head = this.words.head.matcher(text).region(start, limit);
			if (!head.lookingAt()) {
				break;
			}
			int[] end = titleEnd(text, start, head.end(), limit);
			Matcher andRank = this.words.andRank.matcher(text).region(head.end(), end[0]);
			if (end[0] == limit && andRank.find()) {
				// "A - Phó Chủ nhiệm … và Trung tướng B": the rest is B's
				end = new int[] { andRank.start(), 0 };
			}
			if (limitIsName && end[0] == limit) {
				// "A, Đảng ủy viên và B, …": the title before "và" is A's, not B's
				// (session 18)
				int and = Words.andEnding(text, start, limit);
				end = (and > start) ? new int[] { and, 0 } : end;
			}
			String title = this.trim.of(text.substring(start, end[0]));
			if (title.length() > TitleTrim.MAX_TITLE || limitIsName && end[0] == limit && limit < text.length()
					|| limitIsName && this.words.isBeforeName(text, end[0], limit)) {
				// a title running into the next name is that name's title ("A, Thủ tướng
				// B"), also across "là" ("A, Chủ nhiệm Tổng cục Chính trị là Thượng tướng
				// B")
				break;
			}
			if (this.cut.isCut(text, title, end[0])) {
				// "…, nguyên Trưởng ban liên lạc hội" where the text breaks off
				break;
			}
			titles.add(title);
			pos = end[0];
			unseparated = (end[1] == 0) ? ChainSemicolon.titleAfter(this.words.head, text, pos, limit) : -1;
			if (end[1] == 0 && unseparated < 0) {
				break;
			}
		}
		return new TitleChain(List.copyOf(titles), pos);
	}

	/** The one title starting at {@code start}, or null when no title head is there. */
	String titleAt(String text, int start, int limit) {
		Matcher head = this.words.head.matcher(text).region(start, limit);
		if (!head.lookingAt()) {
			return null;
		}
		String title = this.trim.of(text.substring(start, titleEnd(text, start, head.end(), limit)[0]));
		return (title.length() > TitleTrim.MAX_TITLE) ? null : title;
	}

	/**
	 * Where a title whose head runs from {@code headStart} to {@code from} ends, and 1
	 * when it ended at a separator that may be followed by another title.
	 */
	private int[] titleEnd(String text, int headStart, int from, int limit) {
		// stretch by stretch: a verb ends the title where it stands, and only the text up
		// to the stop that ends the title is searched for one
		Matcher stop = this.stop.matcher(text).region(from, limit);
		int stretch = from;
		while (stop.find()) {
			int verb = this.words.verbAt(text, stretch, stop.start());
			if (verb >= 0) {
				return new int[] { verb, 0 };
			}
			stretch = stop.start();
			String found = stop.group().strip();
			if (this.joiner.matcher(stop.group()).matches()) {
				// "X kiêm Y": two posts when a title follows, else the verb after it ends
				// the title ("kiêm nhiệm", chain-verbs.txt) or the text goes on
				if (this.words.head.matcher(text).region(stop.end() + 1, limit).lookingAt()) {
					return new int[] { stop.start(), 1 };
				}
				continue;
			}
			if (found.equals("(")) {
				Matcher abbreviation = ABBREVIATION_INSIDE.matcher(text).region(stop.start(), limit);
				if (abbreviation.lookingAt()) {
					stretch = abbreviation.end();
					stop.region(stretch, limit);
					continue;
				}
			}
			if (found.equals(".") && Words.isAbbreviationDot(text, stop.start())) {
				continue;
			}
			if (found.equals(",")) {
				Matcher next = this.stop.matcher(text).region(stop.end(), limit);
				int pieceEnd = next.find() ? next.start() : limit;
				int verbInPiece = this.words.verbAt(text, stop.end(), pieceEnd);
				pieceEnd = (verbInPiece >= 0) ? verbInPiece : pieceEnd;
				if (this.bodyNames.continuesTitle(text.substring(headStart, stop.start()),
						text.substring(stop.end(), pieceEnd))) {
					continue;
				}
				return new int[] { stop.start(), 1 };
			}
			if (found.equals("-") || found.equals("–")) {
				if (this.words.head.matcher(text).region(stop.end(), limit).lookingAt()
						&& !this.words.sharesBody(text, headStart, from, stop.start())) {
					return new int[] { stop.start(), 1 };
				}
				continue;
			}
			return new int[] { stop.start(), 0 };
		}
		int verb = this.words.verbAt(text, stretch, limit);
		return new int[] { (verb >= 0) ? verb : limit, 0 };
	}

	/**
	 * The chain before a name starting at {@code to}; {@code floor} is where the previous
	 * name ends.
	 */
	List<String> before(String text, int to, int floor) {
		return this.chainBefore.before(text, to, floor);
	}

}
