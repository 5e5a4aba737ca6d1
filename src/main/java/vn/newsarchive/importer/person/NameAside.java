package vn.newsarchive.importer.person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * An aside between a name and its title chain, skipped before the chain is read: a birth
 * date or an age (", sinh ngày 17/10/1960", ", 46 tuổi"), a birth year in parentheses ("A
 * (1977), Ủy viên …", session 17), or a photo caption's position ("A (thứ hai từ trái
 * sang), Bí thư …", "B (giữa) - Phó Chủ tịch …", session 19).
 */
final class NameAside {

	private final Pattern birth;

	private final Pattern position;

	private NameAside(Pattern birth, Pattern position) {
		this.birth = birth;
		this.position = position;
	}

	static NameAside load() {
		int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		Pattern birth = Pattern.compile(
				"\\s*(?:,\\s*(?:" + WordList.load("birth-words.txt").alternation() + "\\s+\\d[\\d/.\\-]*|\\d{1,3}\\s+"
						+ WordList.load("age-words.txt").alternation() + ")|\\((?:19|20)\\d{2}\\))(?=\\s*,)",
				flags);
		// bounded on both sides of the word, so a failed try costs at most 40 characters
		Pattern position = Pattern.compile("\\s*\\((?=[^()]{1,40}\\))(?:[^()]{0,30}?(?<![\\p{L}\\p{M}]))?"
				+ WordList.load("photo-positions.txt").alternation()
				+ "(?![\\p{L}\\p{M}])[^()]{0,30}\\)(?=\\s*[,\\-–])", flags);
		return new NameAside(birth, position);
	}

	/** Where the chain after a name ending at {@code from} may start. */
	int skip(String text, int from, int limit) {
		Matcher birth = this.birth.matcher(text).region(from, limit);
		if (birth.lookingAt()) {
			return birth.end();
		}
		Matcher position = this.position.matcher(text).region(from, limit);
		return position.lookingAt() ? position.end() : from;
	}

}
