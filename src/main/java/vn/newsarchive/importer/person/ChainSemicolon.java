package vn.newsarchive.importer.person;

import java.util.regex.Pattern;

/**
 * A semicolon inside one person's title chain ("A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ
 * tịch HĐND tỉnh; B, …"), told from a semicolon between people: the piece after it is
 * this person's next title when it opens with a title head and ends (at the next
 * semicolon or the sentence's end) before the next name starts. A piece that holds the
 * next name is that name's ("Chủ tịch A; Giám đốc …, Trưởng ban … B;", "…; Thiếu tướng B,
 * …"), and one opening with an honorific or a name ("…; đồng chí B, nguyên …") is no
 * title.
 */
final class ChainSemicolon {

	private ChainSemicolon() {
	}

	/**
	 * Where the next title of the chain starts when a semicolon at {@code at} continues
	 * it, else -1; {@code limit} is where the next name starts.
	 */
	static int titleAfter(Pattern head, String text, int at, int limit) {
		if (at >= limit || text.charAt(at) != ';') {
			return -1;
		}
		int start = at + 1;
		while (start < limit && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (!head.matcher(text).region(start, limit).lookingAt()) {
			return -1;
		}
		return (pieceEnd(text, start) <= limit) ? start : -1;
	}

	private static int pieceEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ';' || c == '.' && !Words.isAbbreviationDot(text, i)) {
				return i;
			}
		}
		return text.length();
	}

}
