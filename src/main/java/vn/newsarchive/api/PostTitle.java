package vn.newsarchive.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * A title read as a Popolo post: the role, and the organisation it is held in when the
 * title names one ("Bộ trưởng Bộ Ngoại giao" → role "Bộ trưởng", organisation "Bộ Ngoại
 * giao"; "Ủy viên Bộ Chính trị" → "Ủy viên", "Bộ Chính trị"). Organisations start with a
 * word of {@code organ-heads.txt}; a title naming none ("Bí thư Trung ương Đảng") is a
 * post of no organisation.
 */
record PostTitle(String role, String organization) {

	private static final Pattern ORGAN = Pattern
		.compile("\\s(" + WordList.load("organ-heads.txt").alternation() + ")(?=\\s|$)");

	static PostTitle of(String title) {
		Matcher organ = ORGAN.matcher(title);
		if (!organ.find()) {
			return new PostTitle(title, null);
		}
		String role = title.substring(0, organ.start()).strip();
		return new PostTitle(role.isEmpty() ? title : role, title.substring(organ.start()).strip());
	}

}
