package vn.newsarchive.importer.person;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * What a title read from the text keeps: no punctuation at its end, no term and nothing
 * after a term with years, no qualifier after a place. Shared by the chains read after a
 * name ({@link TitleChainReader}) and before it ({@link ChainBefore}), so that a post
 * reads the same from either side.
 */
final class TitleTrim {

	/** An abbreviation in parentheses inside a title ("Ban Thường vụ (BTV) Tỉnh ủy"). */
	private static final Pattern ABBREVIATION = Pattern.compile("\\s*\\((\\p{Lu}{2,6})\\)");

	/** Longer than this, a "title" is a clause that opened with a title's head. */
	static final int MAX_TITLE = 120;

	private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–]+$");

	/**
	 * Terms at a title's end ("Bí thư Tỉnh ủy khóa XV", "…, khóa XVII, nhiệm kỳ 2020 -
	 * 2025"): when the post is held, not what it is, so no part of the title (as a post
	 * given by an appointment ends before its term).
	 */
	private static final Pattern TRAILING_TERMS = Pattern.compile(
			"(?:[\\s,]+(?:nhiệm kỳ\\s+\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?|(?:khóa|khoá)\\s+(?:[IVXLC]+|\\d{1,2}))(?![\\p{L}\\p{M}\\d]))+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A term inside a title, before the rest of it ("Đại biểu Quốc hội khóa XV tỉnh Tuyên
	 * Quang"): as at the end, when the post is held, not what it is (session 16).
	 */
	private static final Pattern INNER_TERM = Pattern.compile(
			"\\s+(?:khóa|khoá)\\s+(?:[IVXLC]+|\\d{1,2})(?=\\s+\\p{L})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * What the end of a title holds when a pattern anchored there can match: its last
	 * characters, or a line terminator, before which "$" matches too. The patterns are
	 * tried at every position of every title read, and most titles end in none of these.
	 */
	private static final String PUNCTUATION_ENDS = " \t\n\u000B\f\r,;:.-–" + LINE_TERMINATORS;

	/** Digits and what {@code [IVXLC]} matches in any case ("ı", "İ" among them). */
	private static final String TERM_ENDS = "0123456789" + LINE_TERMINATORS + caseInsensitive("[IVXLC]");

	/** "mới" after a place's name at a title's end ("Tỉnh ủy Vĩnh Long mới"). */
	private final Pattern trailingQualifier;

	/**
	 * A term with its years ends a title wherever it stands, with all after it ("Phó Chủ
	 * tịch UBND tỉnh nhiệm kỳ 2016-2021 bằng hình thức khiển trách", "… các nhiệm kỳ
	 * 2011-2016", "… giai đoạn 2016 - 2020"): the rest is no part of the post.
	 */
	private final Pattern termOnwards;

	/** The last word of each qualifier: a title holding none of them keeps its end. */
	private final List<String> qualifierWords;

	TitleTrim() {
		WordList qualifiers = WordList.load("title-end-qualifiers.txt");
		this.trailingQualifier = Pattern
			.compile("(?<=\\p{Lu}[\\p{L}\\p{M}]{0,20})\\s+" + qualifiers.alternation() + "$");
		this.qualifierWords = qualifiers.entries()
			.stream()
			.map((entry) -> entry.substring(entry.lastIndexOf(' ') + 1))
			.toList();
		this.termOnwards = Pattern.compile(
				"[\\s,]+" + WordList.load("term-words.txt").alternation() + "\\s+\\d{4}(?!\\d).*$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	String of(String title) {
		String stripped = title.strip();
		// a term needs its four-digit year
		String trimmed = withoutPunctuation(
				hasDigit(stripped) ? this.termOnwards.matcher(stripped).replaceFirst("") : stripped);
		String noTerm = withoutPunctuation(
				endsIn(trimmed, TERM_ENDS) ? TRAILING_TERMS.matcher(trimmed).replaceAll("") : trimmed);
		noTerm = INNER_TERM.matcher(noTerm).replaceAll("");
		noTerm = (noTerm.indexOf('(') >= 0) ? withoutDefinitions(noTerm) : noTerm;
		return this.qualifierWords.stream().anyMatch(noTerm::contains)
				? this.trailingQualifier.matcher(noTerm).replaceFirst("") : noTerm;
	}

	/**
	 * The title without an abbreviation defined right after the words it stands for ("Ủy
	 * viên Ban Thường vụ (BTV) Tỉnh ủy", session 19); one standing for a body the title
	 * does not spell out stays ("Chủ nhiệm (UBKT) Tỉnh ủy").
	 */
	private static String withoutDefinitions(String title) {
		Matcher m = ABBREVIATION.matcher(title);
		while (m.find()) {
			String[] words = title.substring(0, m.start()).split("\\s+");
			String letters = m.group(1);
			if (words.length >= letters.length()) {
				StringBuilder initials = new StringBuilder();
				for (int i = words.length - letters.length(); i < words.length; i++) {
					initials.append(Character.toUpperCase(words[i].charAt(0)));
				}
				if (initials.toString().equals(letters)) {
					return title.substring(0, m.start()) + title.substring(m.end());
				}
			}
		}
		return title;
	}

	private static String withoutPunctuation(String text) {
		return endsIn(text, PUNCTUATION_ENDS) ? TRAILING_PUNCTUATION.matcher(text).replaceAll("") : text;
	}

	private static boolean endsIn(String text, String characters) {
		return !text.isEmpty() && characters.indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every character the class matches under {@code CASE_INSENSITIVE | UNICODE_CASE}.
	 */
	private static String caseInsensitive(String characterClass) {
		Pattern pattern = Pattern.compile(characterClass, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		StringBuilder matched = new StringBuilder();
		for (char c = 1; c != 0; c++) {
			if (!Character.isSurrogate(c) && pattern.matcher(String.valueOf(c)).matches()) {
				matched.append(c);
			}
		}
		return matched.toString();
	}

}
