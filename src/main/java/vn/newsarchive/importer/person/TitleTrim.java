package vn.newsarchive.importer.person;

import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * What a title read from the text keeps: no punctuation at its end, no term and nothing
 * after a term with years, no qualifier after a place. Shared by the chains read after a
 * name ({@link TitleChainReader}) and before it ({@link ChainBefore}), so that a post
 * reads the same from either side.
 */
final class TitleTrim {

	/** Longer than this, a "title" is a clause that opened with a title's head. */
	static final int MAX_TITLE = 120;

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–]+$");

	/**
	 * Terms at a title's end ("Bí thư Tỉnh ủy khóa XV", "…, khóa XVII, nhiệm kỳ 2020 -
	 * 2025"): when the post is held, not what it is, so no part of the title (as a post
	 * given by an appointment ends before its term).
	 */
	private static final Pattern TRAILING_TERMS = Pattern.compile(
			"(?:[\\s,]+(?:nhiệm kỳ\\s+\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?|(?:khóa|khoá)\\s+(?:[IVXLC]+|\\d{1,2}))(?![\\p{L}\\p{M}\\d]))+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "mới" after a place's name at a title's end ("Tỉnh ủy Vĩnh Long mới"). */
	private final Pattern trailingQualifier;

	/**
	 * A term with its years ends a title wherever it stands, with all after it ("Phó Chủ
	 * tịch UBND tỉnh nhiệm kỳ 2016-2021 bằng hình thức khiển trách", "… các nhiệm kỳ
	 * 2011-2016", "… giai đoạn 2016 - 2020"): the rest is no part of the post.
	 */
	private final Pattern termOnwards;

	TitleTrim() {
		this.trailingQualifier = Pattern.compile(
				"(?<=\\p{Lu}[\\p{L}\\p{M}]{0,20})\\s+" + WordList.load("title-end-qualifiers.txt").alternation() + "$");
		this.termOnwards = Pattern.compile(
				"[\\s,]+" + WordList.load("term-words.txt").alternation() + "\\s+\\d{4}(?!\\d).*$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	String of(String title) {
		String trimmed = TRAILING_PUNCTUATION.matcher(this.termOnwards.matcher(title.strip()).replaceFirst(""))
			.replaceAll("");
		String noTerm = TRAILING_PUNCTUATION.matcher(TRAILING_TERMS.matcher(trimmed).replaceAll("")).replaceAll("");
		return this.trailingQualifier.matcher(noTerm).replaceFirst("");
	}

}
