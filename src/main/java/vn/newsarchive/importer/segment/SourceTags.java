package vn.newsarchive.importer.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.kernel.WordList;

/**
 * Where the story comes from: {@code TGVN.} glued to the first paragraph, a line
 * {@code (TTXVN/Vietnam+)}, {@code Theo VGP}, {@code Nguồn: ...}, or
 * {@code Hà Nội (TTXVN) -} before the lede. Outlets the agency list does not know are
 * taken before the lede when written as an abbreviation and followed by a dash:
 * {@code (QBĐT) -}, {@code (VOV5) -}, {@code ANTD.VN -}, {@code CTTĐT -}. A source is an
 * agency or outlet, never a person.
 */
final class SourceTags {

	private static final Pattern THEO = Pattern.compile("^(?:theo|nguồn(?: tin)?)\\s*[:：]?\\s+(?<source>.{2,60}?)\\.?$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern OUTLET_WORD = Pattern.compile(
			"^" + WordList.load("outlet-words.txt").alternation() + "\\s",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * An outlet's abbreviation: capitals without tone marks (so not a place such as HUẾ),
	 * digits, a domain ending; in parentheses it may carry one more word (VTC News).
	 */
	private static final String ABBREVIATION = "[A-ZĐ][A-ZĐ0-9+&]{1,9}(?:\\.(?:VN|vn|Vn|COM|com))?";

	/** An outlet named by its web address ("Baonghean.vn"). */
	private static final String DOMAIN = "\\p{L}[\\p{L}\\d-]{1,30}\\.(?i:com\\.vn|gov\\.vn|org\\.vn|vn|com|net|org)";

	private static final Pattern ABBREVIATION_IN_PARENTHESES = Pattern.compile("^\\(\\s*(?<source>" + ABBREVIATION
			+ "(?: \\p{Lu}\\p{Ll}{1,8})?|" + DOMAIN + ")\\s*\\)\\s*(?:[-–—]\\s*)?(?=\\p{Lu}|$)");

	private static final Pattern LINK_AFTER = Pattern.compile("\\s*[:：]?\\s*\\(?https?://\\S+\\)?$");

	/** "Nguyễn Hoàng/chinhphu.vn": a photographer or author, then the outlet. */
	private static final Pattern PERSON_THEN_OUTLET = Pattern
		.compile("^\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,3}\\s*/\\s*(?<outlet>[^/]{2,40})$");

	private static final Pattern ABBREVIATION_BARE = Pattern
		.compile("^(?<source>" + ABBREVIATION + ")\\s*[-–—]\\s+(?=[\\p{Lu}“\"])");

	private final WordLists words;

	private final Pattern gluedDot;

	private final Pattern gluedParentheses;

	SourceTags(WordLists words) {
		this.words = words;
		String agencies = words.agencyPattern().pattern();
		String chain = "(?:" + agencies + ")(?:\\s*/\\s*(?:" + agencies + "))*";
		int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		// "TGVN. Chiều 6/11, ..." and "TTXVN - ...": only agency names written as one
		// word
		this.gluedDot = Pattern.compile("^(?<source>" + chain + ")\\s*[.:\\-–—]\\s+(?=\\p{Lu})", flags);
		// "(TTXVN) - ...", "Hà Nội (TTXVN) - ..."
		this.gluedParentheses = Pattern.compile(
				"^(?:\\p{Lu}[\\p{L} .]{0,30}?\\s*)?\\(\\s*(?<source>" + chain + ")\\s*\\)\\s*[-–—:.]?\\s*(?=\\p{Lu})",
				flags);
	}

	/** The source when the whole line is a source tag, else null. */
	String sourceLine(String line) {
		String bare = line.strip();
		Matcher abbreviation = ABBREVIATION_IN_PARENTHESES.matcher(bare);
		if (abbreviation.find() && abbreviation.end() == bare.length()) {
			return abbreviation.group("source");
		}
		if (bare.startsWith("(") && (bare.endsWith("-") || bare.endsWith("–") || bare.endsWith("—"))) {
			bare = bare.substring(0, bare.length() - 1).strip();
		}
		if (bare.startsWith("(") && bare.endsWith(")") || bare.startsWith("(") && bare.endsWith(").")) {
			bare = bare.substring(1, bare.lastIndexOf(')')).strip();
		}
		if (isAgencyChain(bare)) {
			return bare;
		}
		// "Nguồn GD&TĐ: http://giaoducthoidai.vn/...": the outlet, not its page's address
		bare = bare.contains("http") ? LINK_AFTER.matcher(bare).replaceFirst("") : bare;
		Matcher theo = THEO.matcher(bare);
		if (theo.matches()) {
			String source = theo.group("source").strip();
			Matcher personFirst = PERSON_THEN_OUTLET.matcher(source);
			source = personFirst.matches() ? personFirst.group("outlet").strip() : source;
			source = source.startsWith("www.") ? source.substring(4) : source;
			if (TextShape.words(source) <= 8 && !TextShape.endsClause(source)
					&& (isAgencyChain(source) || Character.isUpperCase(source.charAt(0))
							|| OUTLET_WORD.matcher(source).find() || source.matches(DOMAIN))) {
				return source;
			}
		}
		return null;
	}

	/** The source tag glued to the start of a paragraph, or null. */
	Glued gluedSource(String paragraph) {
		for (Pattern pattern : new Pattern[] { this.gluedParentheses, this.gluedDot, ABBREVIATION_IN_PARENTHESES,
				ABBREVIATION_BARE }) {
			Matcher matcher = pattern.matcher(paragraph);
			if (matcher.find()) {
				String source = matcher.group("source");
				if (pattern == this.gluedDot && source.indexOf(' ') >= 0) {
					continue;
				}
				return new Glued(source, paragraph.substring(matcher.end()));
			}
		}
		return null;
	}

	private boolean isAgencyChain(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (String part : text.split("/")) {
			// "TTXVN/Báo Tin tức": an agency and its newspaper
			if (!this.words.isAgency(part.strip())
					&& !(OUTLET_WORD.matcher(part.strip()).find() && TextShape.words(part) <= 5)) {
				return this.words.isAgency(text);
			}
		}
		return true;
	}

	/** A source tag and the paragraph without it. */
	record Glued(String source, String rest) {
	}

}
