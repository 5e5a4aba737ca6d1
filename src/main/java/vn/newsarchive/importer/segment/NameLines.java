package vn.newsarchive.importer.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * Bylines: a line that is only a name or names, such as {@code Minh Ngọc},
 * {@code Lương Hải Sinh} or {@code Thu Hằng - Văn Anh}, optionally after a label such as
 * {@code Bài và ảnh:} or {@code Tin, ảnh:} or a degree ({@code TS.}, {@code PGS.TS.}) or
 * before an agency in parentheses ({@code Thu Hằng (TTXVN)}). Given-name-only bylines are
 * fine.
 */
final class NameLines {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Pattern SYLLABLE = Pattern.compile("\\p{Lu}\\p{Ll}{0,7}");

	private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{1,8}");

	/**
	 * A label before the names: the work done, perhaps "và ảnh"
	 * ({@code byline-work-labels.txt}), or another label ({@code byline-labels.txt}).
	 */
	private static final Pattern LABEL = Pattern.compile(
			"^(?:" + WordList.load("byline-work-labels.txt").alternation() + "(?:\\s*(?:và|,|\\+|/|-)\\s*ảnh)?|"
					+ WordList.load("byline-labels.txt").alternation() + ")\\s*[:：]\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Degrees before an author's name: {@code TS.}, {@code PGS.TS.}, {@code ThS}. */
	private static final Pattern DEGREE = Pattern.compile("^(?:(?:PGS|GS|TS|ThS|NCS|BS|LS)\\.?\\s*,?\\s*)+(?=\\p{Lu})");

	/** A compiler's note after the name: {@code Thu Trang (tổng hợp)}. */
	private static final Pattern COMPILED = Pattern.compile(
			"\\s*[(\\[]\\s*(?:tổng hợp|t/h|th|lược dịch|biên dịch|dịch)\\s*[)\\]]\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern AFFILIATION = Pattern.compile("\\s*\\([^()]{2,120}\\)\\s*$");

	private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\s[-–—]\\s|\\svà\\s)\\s*");

	private static final Pattern AGENCY_SUFFIX = Pattern
		.compile("\\s*[(\\[/]\\s*([^()\\[\\]/]{2,40}?)\\s*[)\\]]?\\s*$");

	private NameLines() {
	}

	/**
	 * Two to four capitalised syllables and nothing else: a Vietnamese name as printed.
	 */
	static boolean isName(String text) {
		String[] syllables = text.strip().split(" ");
		if (syllables.length < 2 || syllables.length > 4) {
			return false;
		}
		for (String syllable : syllables) {
			if (!SYLLABLE.matcher(syllable).matches()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isNameInCapitals(String text) {
		String[] syllables = text.strip().split(" ");
		if (syllables.length < 2 || syllables.length > 4) {
			return false;
		}
		for (String syllable : syllables) {
			if (!CAPITALS.matcher(syllable).matches()) {
				return false;
			}
		}
		return true;
	}

	private static String titleCase(String capitals) {
		StringBuilder out = new StringBuilder(capitals.length());
		for (String syllable : capitals.strip().split(" ")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(syllable.charAt(0)).append(syllable.substring(1).toLowerCase(VIETNAMESE));
		}
		return out.toString();
	}

	/**
	 * The authors and the agency a byline line names, or null when the line is not a
	 * byline.
	 */
	static Byline parse(String line, WordLists words) {
		return parse(line, words, false);
	}

	/**
	 * As {@link #parse(String, WordLists)}; with {@code capitals} also a byline in
	 * capitals ({@code THANH HÀ - MINH ANH}, printed so at the end of many stories),
	 * returned in title case.
	 */
	static Byline parse(String line, WordLists words, boolean capitals) {
		if (line.length() > 90 || TextShape.endsClause(line) && !line.endsWith(")")) {
			return null;
		}
		String rest = LABEL.matcher(line.strip()).replaceFirst("");
		if (rest.endsWith(")") || rest.endsWith("]")) {
			rest = COMPILED.matcher(rest).replaceFirst("");
		}
		String agency = null;
		Matcher suffix = AGENCY_SUFFIX.matcher(rest);
		if (suffix.find() && words.isAgency(suffix.group(1))) {
			agency = words.agency(suffix.group(1));
			rest = rest.substring(0, suffix.start());
		}
		List<String> authors = new ArrayList<>();
		for (String part : SEPARATORS.split(rest)) {
			String name = DEGREE.matcher(part.strip()).replaceFirst("");
			if (words.isAgency(name)) {
				agency = (agency != null) ? agency : words.agency(name);
			}
			else if (isName(name) && !words.isChromeLine(name)) {
				authors.add(name);
			}
			else if (capitals && isNameInCapitals(name) && !words.isChromeLine(name)) {
				authors.add(titleCase(name));
			}
			else {
				return null;
			}
		}
		return authors.isEmpty() ? null : new Byline(List.copyOf(authors), agency);
	}

	/**
	 * An author's full name in capitals under the headline, perhaps after a degree and
	 * before an affiliation in parentheses ({@code ThS. HOÀNG THỊ LAN (Trường Đại học Nội
	 * vụ)}): the name in title case, or null. A family name must open it, so that a
	 * section label in capitals is not taken for an author.
	 */
	static Byline fullNameInCapitals(String line, WordLists words) {
		String rest = DEGREE.matcher(line.strip()).replaceFirst("");
		Matcher affiliation = AFFILIATION.matcher(rest);
		if (affiliation.find()) {
			rest = rest.substring(0, affiliation.start());
		}
		if (!isNameInCapitals(rest) || !words.isFamilyName(rest.strip().split(" ")[0]) || words.isChromeLine(rest)) {
			return null;
		}
		return new Byline(List.of(titleCase(rest)), null);
	}

	/** What a byline line says. */
	record Byline(List<String> authors, String agency) {
	}

}
