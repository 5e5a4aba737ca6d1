package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.person.GroupHeaders.Group;

/**
 * The header of a list that ends with a colon: "các đồng chí Ủy viên Bộ Chính trị: A, Thủ
 * tướng Chính phủ; B, Chủ tịch Quốc hội". Its pieces that are titles are shared by the
 * names after it, until the next such header or the end of the sentence.
 */
final class ColonHeaders {

	private static final Pattern HEADER = Pattern.compile(
			"(?<![\\p{L}\\p{M}])(?:các|những)\\s+(?:đồng chí\\s+)?([^.;:!?()\\[\\]\"“”\\n]{3,160}?)\\s*:",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern PIECE_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+[-–]\\s+");

	/**
	 * "các Thứ trưởng là Ủy viên Trung ương Đảng, gồm:": "là" joins two titles the group
	 * holds, and "gồm" only announces the list.
	 */
	private static final Pattern IS = Pattern.compile("(?:^|\\s+)là\\s+", Pattern.UNICODE_CASE);

	private static final Pattern INCLUDING = Pattern.compile("[\\s,]*(?:bao\\s+)?gồm$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final TitleVocabulary words;

	ColonHeaders(TitleVocabulary words) {
		this.words = words;
	}

	/**
	 * The groups under a colon header in a passage whose candidate names are
	 * {@code names}.
	 */
	List<Group> find(String text, List<NameSpan> names) {
		List<Group> groups = new ArrayList<>();
		if (text.indexOf(':') < 0) {
			return groups;
		}
		List<int[]> headers = new ArrayList<>();
		List<List<String>> titles = new ArrayList<>();
		Matcher m = HEADER.matcher(text);
		while (m.find()) {
			int start = innerHeader(text, m);
			Matcher header = (start == m.start()) ? m
					: HEADER.matcher(text).region(start, m.end()).useTransparentBounds(true);
			List<String> shared = (header == m || header.lookingAt()) ? titlesOf(header.group(1)) : List.of();
			headers.add(new int[] { start, m.end() });
			titles.add(shared);
		}
		for (int i = 0; i < headers.size(); i++) {
			int from = headers.get(i)[1];
			int next = (i + 1 < headers.size()) ? headers.get(i + 1)[0] : text.length();
			int to = Math.min(next, GroupHeaders.sentenceEnd(text, from));
			// "A, B, C; D": a list by commas ends at the semicolon; "A, Thủ tướng; B,
			// ..."
			// (one name before it) goes on across semicolons
			int semicolon = text.indexOf(';', from);
			if (semicolon >= 0 && semicolon < to && GroupHeaders.namesWithin(names, from, semicolon) >= 2) {
				to = semicolon;
			}
			if (!titles.get(i).isEmpty()) {
				groups.add(new Group(from, to, titles.get(i)));
			}
		}
		return groups;
	}

	/**
	 * Where the header that ends at {@code m}'s colon starts: at its first "các" unless
	 * that run shares no title and a later one does ("… Bí thư Đảng ủy Khối các cơ quan
	 * Trung ương, các đồng chí Phó Bí thư Đảng ủy Khối:").
	 */
	private int innerHeader(String text, Matcher m) {
		if (!titlesOf(m.group(1)).isEmpty()) {
			return m.start();
		}
		for (int from = m.start() + 1; from < m.end();) {
			Matcher inner = HEADER.matcher(text).region(from, m.end()).useTransparentBounds(true);
			if (!inner.find()) {
				break;
			}
			if (!titlesOf(inner.group(1)).isEmpty()) {
				return inner.start();
			}
			from = inner.start() + 1;
		}
		return m.start();
	}

	/** The header's pieces while each is a title; "các đồng chí:" shares none. */
	private List<String> titlesOf(String header) {
		List<String> titles = new ArrayList<>();
		for (String piece : PIECE_SEPARATOR.split(INCLUDING.matcher(header.strip()).replaceFirst(""))) {
			for (String title : IS.split(piece)) {
				if (title.isEmpty()) {
					continue;
				}
				Matcher head = this.words.head.matcher(title);
				if (!head.lookingAt() || this.words.verbAt(title, head.end(), title.length()) >= 0) {
					return List.copyOf(titles);
				}
				titles.add(title);
			}
		}
		return List.copyOf(titles);
	}

}
