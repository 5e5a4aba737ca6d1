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
	 * A comma, a dash, or a parenthesis opening the titles ("ông A (Phó Chủ tịch ...)").
	 */
	private static final Pattern LEADING_SEPARATOR = Pattern.compile("\\s*(?:,|\\s[-–]|-|\\()\\s*");

	private static final Pattern STOP = Pattern.compile("[,;:.()\\[\\]\"“”!?…]|\\s?[-–]\\s?");

	private static final String BOUNDARIES = ",;:.()[]\"“”!?…";

	private static final int MAX_TITLE = 120;

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–]+$");

	/**
	 * An abbreviation defined in parentheses inside a title, before the rest of it ("Chủ
	 * nhiệm (UBKT) Tỉnh ủy Sóc Trăng"): no end of the title.
	 */
	private static final Pattern ABBREVIATION_INSIDE = Pattern
		.compile("\\(\\p{Lu}[\\p{Lu}\\p{M}&.]{1,9}\\)(?=\\s+\\p{Lu})");

	/** "mới" after a place's name at a title's end ("Tỉnh ủy Vĩnh Long mới"). */
	private final Pattern trailingQualifier;

	/**
	 * Terms at a title's end ("Bí thư Tỉnh ủy khóa XV", "…, khóa XVII, nhiệm kỳ 2020 -
	 * 2025"): when the post is held, not what it is, so no part of the title (as a post
	 * given by an appointment ends before its term).
	 */
	private static final Pattern TRAILING_TERMS = Pattern.compile(
			"(?:[\\s,]+(?:nhiệm kỳ\\s+\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?|(?:khóa|khoá)\\s+(?:[IVXLC]+|\\d{1,2}))(?![\\p{L}\\p{M}\\d]))+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A term with its years ends a title wherever it stands, with all after it ("Phó Chủ
	 * tịch UBND tỉnh nhiệm kỳ 2016-2021 bằng hình thức khiển trách", "… các nhiệm kỳ
	 * 2011-2016", "… giai đoạn 2016 - 2020"): the rest is no part of the post.
	 */
	private final Pattern termOnwards;

	private static final Pattern INTRODUCER_BEFORE = Pattern.compile(
			"(?:^|\\s)(?:có|do|gồm|cùng|và|với|của|đồng chí|các đồng chí)\\s+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final TitleVocabulary words;

	private final BodyNameComma bodyNames;

	/** A birth date between the name and its chain: ", sinh ngày 17/10/1960". */
	private final Pattern birthAside;

	TitleChainReader(TitleVocabulary words) {
		this.words = words;
		this.birthAside = Pattern.compile(
				"\\s*,\\s*" + WordList.load("birth-words.txt").alternation() + "\\s+\\d[\\d/.\\-]*(?=\\s*,)",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		this.bodyNames = BodyNameComma.load(words);
		this.trailingQualifier = Pattern.compile(
				"(?<=\\p{Lu}[\\p{L}\\p{M}]{0,20})\\s+" + WordList.load("title-end-qualifiers.txt").alternation() + "$");
		this.termOnwards = Pattern.compile(
				"[\\s,]+" + WordList.load("term-words.txt").alternation() + "\\s+\\d{4}(?!\\d).*$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
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
		Matcher birth = this.birthAside.matcher(text).region(from, limit);
		int pos = (separatorFirst && birth.lookingAt()) ? birth.end() : from;
		// where the next title starts with no separator before it: the first title after
		// a
		// verb that gives it, or a title after a semicolon inside one chain; -1 otherwise
		int unseparated = separatorFirst ? -1 : pos;
		while (true) {
			Matcher sep = LEADING_SEPARATOR.matcher(text).region(pos, limit);
			if (unseparated < 0 && !sep.lookingAt()) {
				break;
			}
			int start = (unseparated >= 0) ? unseparated : sep.end();
			Matcher head = this.words.head.matcher(text).region(start, limit);
			if (!head.lookingAt()) {
				break;
			}
			int[] end = titleEnd(text, head.end(), limit);
			Matcher andRank = this.words.andRank.matcher(text).region(head.end(), end[0]);
			if (end[0] == limit && andRank.find()) {
				// "A - Phó Chủ nhiệm … và Trung tướng B": the rest is B's
				end = new int[] { andRank.start(), 0 };
			}
			String title = trim(text.substring(start, end[0]));
			if (title.length() > MAX_TITLE || limitIsName && end[0] == limit && limit < text.length()
					|| limitIsName && this.words.isBeforeName(text, end[0], limit)) {
				// a title running into the next name is that name's title ("A, Thủ tướng
				// B"), also across "là" ("A, Chủ nhiệm Tổng cục Chính trị là Thượng tướng
				// B")
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
		String title = trim(text.substring(start, titleEnd(text, head.end(), limit)[0]));
		return (title.length() > MAX_TITLE) ? null : title;
	}

	/**
	 * Where a title starting before {@code from} ends, and 1 when it ended at a separator
	 * that may be followed by another title.
	 */
	private int[] titleEnd(String text, int from, int limit) {
		// stretch by stretch: a verb ends the title where it stands, and only the text up
		// to the stop that ends the title is searched for one
		Matcher stop = STOP.matcher(text).region(from, limit);
		int stretch = from;
		while (stop.find()) {
			int verb = this.words.verbAt(text, stretch, stop.start());
			if (verb >= 0) {
				return new int[] { verb, 0 };
			}
			stretch = stop.start();
			String found = stop.group().strip();
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
				Matcher next = STOP.matcher(text).region(stop.end(), limit);
				int pieceEnd = next.find() ? next.start() : limit;
				int verbInPiece = this.words.verbAt(text, stop.end(), pieceEnd);
				pieceEnd = (verbInPiece >= 0) ? verbInPiece : pieceEnd;
				if (this.bodyNames.continuesName(text.substring(stop.end(), pieceEnd))) {
					continue;
				}
				return new int[] { stop.start(), 1 };
			}
			if (found.equals("-") || found.equals("–")) {
				if (this.words.head.matcher(text).region(stop.end(), limit).lookingAt()) {
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
		if (this.words.honorificRightBefore(text, floor, to)) {
			return List.of();
		}
		List<String> titles = new ArrayList<>();
		int end = to;
		boolean nearest = true;
		while (end > floor) {
			int boundary = lastBoundary(text, floor, end);
			int segStart = (boundary < floor) ? floor : boundary + 1;
			String segment = text.substring(segStart, end);
			int headAt = nearest ? firstCleanHead(segment) : furtherHead(segment);
			Matcher andRank = this.words.andRank.matcher(segment);
			int lastAndRank = -1;
			while (nearest && andRank.find()) {
				lastAndRank = andRank.end();
			}
			if (lastAndRank > headAt) {
				// "… Tổng cục Chính trị và Trung tướng B": B's titles start at the rank,
				// the rest ends the previous person's chain
				titles.add(trim(segment.substring(lastAndRank)));
				break;
			}
			// a dash or comma inside a body's name ("Ban Tuyên giáo - Dân vận", "Ban
			// Chính sách, chiến lược Trung ương"): the title opens before it
			int pieceEnd = end;
			while (headAt < 0 && boundary > floor && isSeparator(text, boundary) && (text.charAt(boundary) != ','
					|| this.bodyNames.continuesName(text.substring(boundary + 1, pieceEnd)))) {
				pieceEnd = boundary;
				boundary = lastBoundary(text, floor, boundary);
				segStart = (boundary < floor) ? floor : boundary + 1;
				segment = text.substring(segStart, end);
				headAt = nearest ? firstCleanHead(segment) : furtherHead(segment);
			}
			if (headAt < 0) {
				break;
			}
			String title = trim(segment.substring(headAt));
			// a piece further back ending with a foreign word ends with another person's
			// name
			// ("…, Chủ tịch nước Lào Bounhang Volachith, Tổng Bí thư … Nguyễn Phú
			// Trọng"); the
			// nearest may end with a foreign country ("Đại sứ Australia Craig Chittick")
			if (title.isEmpty() || title.length() > MAX_TITLE || !nearest && ForeignNames.endsWithForeignName(title)) {
				break;
			}
			titles.add(0, title);
			boolean wholeSegment = segment.substring(0, headAt).isBlank();
			if (!wholeSegment || boundary < floor || !isSeparator(text, boundary)) {
				break;
			}
			end = (text.charAt(boundary) == ',') ? boundary : boundary - 1;
			nearest = false;
		}
		return List.copyOf(titles);
	}

	/**
	 * A title further from the name starts its piece ("Phó Thủ tướng, Bộ trưởng ...") or
	 * follows a word that introduces people ("do Ủy viên Bộ Chính trị, Chủ tịch nước
	 * ...", "có Tổng Bí thư, Chủ tịch nước ...").
	 */
	private int furtherHead(String segment) {
		if (startsWithCleanHead(segment)) {
			return 0;
		}
		int headAt = firstCleanHead(segment);
		return (headAt > 0 && INTRODUCER_BEFORE.matcher(segment).region(0, headAt).find()) ? headAt : -1;
	}

	/** The first head with no verb after it in the segment. */
	private int firstCleanHead(String segment) {
		// no verb after a head means the last verb starts before the head ends
		int lastVerb = this.words.lastVerbAt(segment, segment.length());
		Matcher head = this.words.head.matcher(segment);
		while (head.find()) {
			if (head.end() > lastVerb) {
				return head.start();
			}
		}
		return -1;
	}

	private boolean startsWithCleanHead(String segment) {
		int lead = segment.length() - segment.stripLeading().length();
		Matcher head = this.words.head.matcher(segment).region(lead, segment.length());
		return head.lookingAt() && this.words.verbAt(segment, head.end(), segment.length()) < 0;
	}

	private static int lastBoundary(String text, int floor, int end) {
		for (int i = end - 1; i >= floor; i--) {
			char c = text.charAt(i);
			if (BOUNDARIES.indexOf(c) >= 0 && !(c == '.' && Words.isAbbreviationDot(text, i))) {
				return i;
			}
			if ((c == '-' || c == '–') && i > floor && text.charAt(i - 1) == ' ' && i + 1 < end
					&& text.charAt(i + 1) == ' ') {
				return i;
			}
		}
		return floor - 1;
	}

	private static boolean isSeparator(String text, int boundary) {
		char c = text.charAt(boundary);
		return c == ',' || c == '-' || c == '–';
	}

	private String trim(String title) {
		String trimmed = TRAILING_PUNCTUATION.matcher(this.termOnwards.matcher(title.strip()).replaceFirst(""))
			.replaceAll("");
		String noTerm = TRAILING_PUNCTUATION.matcher(TRAILING_TERMS.matcher(trimmed).replaceAll("")).replaceAll("");
		return this.trailingQualifier.matcher(noTerm).replaceFirst("");
	}

}
