package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.text.StartingAt;

/**
 * Reads the title chain before a name, piece by piece back from it ("Ủy viên Bộ Chính
 * trị, Bí thư Thành ủy Nguyễn Văn A"): the nearest piece holds a title head with no verb
 * after it, a piece further back starts with one or follows a word that introduces
 * people, and the chain ends at the previous name, a clause boundary or a piece that is
 * no title.
 */
final class ChainBefore {

	private static final Pattern INTRODUCER_BEFORE = Pattern.compile(
			"(?:^|\\s)(?:có|do|gồm|cùng|và|với|của|đồng chí|các đồng chí)\\s+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final TitleVocabulary words;

	private final BodyNameComma bodyNames;

	private final TitleTrim trim;

	ChainBefore(TitleVocabulary words, BodyNameComma bodyNames, TitleTrim trim) {
		this.words = words;
		this.bodyNames = bodyNames;
		this.trim = trim;
	}

	/**
	 * The chain before a name starting at {@code to}; {@code floor} is where the previous
	 * name ends.
	 */
	List<String> before(String text, int to, int floor) {
		int honorific = this.words.honorificStart(text, floor, to);
		if (honorific < 0 || endsProperName(text, honorific, floor)) {
			return read(text, to, floor, true).titles();
		}
		// "Bí thư Tỉnh ủy Lào Cai, ông A": the title before the comma is A's when it
		// opens its clause, not when it ends another name's chain ("Ông B, Bí thư
		// Huyện ủy, ông A")
		int comma = honorific - 1;
		while (comma > floor && Character.isWhitespace(text.charAt(comma))) {
			comma--;
		}
		if (comma <= floor || text.charAt(comma) != ',' || text.regionMatches(true, honorific, "các", 0, 3)) {
			// a group after its header ("…, các đồng chí: A, B") is for the group
			// headers to read
			return List.of();
		}
		Chain chain = read(text, comma, floor, false);
		return chain.opensClause() ? chain.titles() : List.of();
	}

	/**
	 * The titles read back from {@code to}, and whether the first of them opens its
	 * clause (after a sentence or clause boundary, the text's start or a word that
	 * introduces people).
	 */
	private Chain read(String text, int to, int floor, boolean nearestFirst) {
		List<String> titles = new ArrayList<>();
		int end = to;
		boolean nearest = nearestFirst;
		boolean opensClause = false;
		while (end > floor) {
			int boundary = PieceBoundaries.lastBoundary(text, floor, end);
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
				titles.add(this.trim.of(segment.substring(lastAndRank)));
				break;
			}
			// a dash or comma inside a body's name ("Ban Tuyên giáo - Dân vận", "Ban
			// Chính sách, chiến lược Trung ương"): the title opens before it
			int pieceEnd = end;
			while (headAt < 0 && boundary > floor && PieceBoundaries.isSeparator(text, boundary)
					&& (text.charAt(boundary) != ',' || this.bodyNames.continuesTitle(
							text.substring(PieceBoundaries.lastBoundary(text, floor, boundary) + 1, boundary),
							text.substring(boundary + 1, pieceEnd)))) {
				pieceEnd = boundary;
				boundary = PieceBoundaries.lastBoundary(text, floor, boundary);
				segStart = (boundary < floor) ? floor : boundary + 1;
				segment = text.substring(segStart, end);
				headAt = nearest ? firstCleanHead(segment) : furtherHead(segment);
			}
			if (headAt < 0) {
				break;
			}
			String title = this.trim.of(segment.substring(headAt));
			// a piece further back ending with a foreign word ends with another person's
			// name ("…, Chủ tịch nước Lào Bounhang Volachith, Tổng Bí thư … Nguyễn Phú
			// Trọng"); the nearest may end with a foreign country ("Đại sứ
			// Australia Craig Chittick")
			if (title.isEmpty() || title.length() > TitleTrim.MAX_TITLE
					|| !nearest && ForeignNames.endsWithForeignName(title)) {
				break;
			}
			titles.add(0, title);
			boolean wholeSegment = segment.substring(0, headAt).isBlank();
			if (!wholeSegment || boundary < floor || !PieceBoundaries.isSeparator(text, boundary)) {
				opensClause = !wholeSegment || (boundary < 0)
						|| boundary >= floor && !PieceBoundaries.isSeparator(text, boundary);
				break;
			}
			end = (text.charAt(boundary) == ',') ? boundary : boundary - 1;
			nearest = false;
		}
		return new Chain(List.copyOf(titles), opensClause);
	}

	/**
	 * Whether the honorific at {@code at} is written with a capital right after a
	 * capitalised word, so ends a place's name ("Chủ tịch UBND huyện Kỳ Anh Nguyễn Văn
	 * A", session 18): "Anh", "Bà" are honorifics and the last or first words of places.
	 */
	private static boolean endsProperName(String text, int at, int floor) {
		if (!Character.isUpperCase(text.charAt(at))) {
			return false;
		}
		int end = at;
		while (end > floor && text.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		while (start > floor && Character.isLetter(text.charAt(start - 1))
				|| start > floor && Character.getType(text.charAt(start - 1)) == Character.NON_SPACING_MARK) {
			start--;
		}
		return end < at && start < end && Character.isUpperCase(text.charAt(start));
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
		int lastVerb = this.words.lastVerbAt(segment);
		StartingAt heads = this.words.heads(segment);
		while (heads.find()) {
			if (heads.matcher().end() > lastVerb) {
				return heads.matcher().start();
			}
		}
		return -1;
	}

	private boolean startsWithCleanHead(String segment) {
		int lead = segment.length() - segment.stripLeading().length();
		Matcher head = this.words.head.matcher(segment).region(lead, segment.length());
		return head.lookingAt() && this.words.verbAt(segment, head.end(), segment.length()) < 0;
	}

	/** Titles read back from a name, and whether the first opens its clause. */
	private record Chain(List<String> titles, boolean opensClause) {
	}

}
