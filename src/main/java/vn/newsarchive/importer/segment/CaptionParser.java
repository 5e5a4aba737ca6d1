package vn.newsarchive.importer.segment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.newsarchive.importer.model.Caption;

/**
 * Photo captions recognised by their credit: {@code ... (Ảnh: Tuấn Anh)},
 * {@code (Anh: Tuấn Anh)} with the diacritics lost, {@code ... - Ảnh: VGP/Minh Ngọc},
 * {@code .... Ảnh: Phương Hoa/TTXVN}, {@code ... (Ảnh: Minh Châu).}, and
 * {@code ... ẢNH: TTXVN} (the word in capitals, no punctuation before it),
 * {@code ..._Ảnh: TTXVN}, and {@code (Ảnh minh họa)} without a credit. The image's alt
 * text glued before a caption ({@code Headline - ảnh 1Caption}) is dropped.
 */
public final class CaptionParser {

	private static final String WORD = "(?:Ảnh|Anh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Ảnh chụp màn hình|Nguồn ảnh|Photo|Đồ họa|Đồ hoạ)";

	private static final String CREDIT = "(?<credit>[\\p{L}\\p{N}][^()\\n]{0,79}?)";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern IN_PARENTHESES = Pattern
		.compile("\\s*\\(\\s*" + WORD + "\\s*[:：]\\s*" + CREDIT + "\\s*\\)\\s*\\.?$", FLAGS);

	private static final Pattern AFTER_DASH = Pattern
		.compile("(?:\\s+[-–—]|_)\\s*" + WORD + "\\s*[:：]\\s*" + CREDIT + "\\.?$", FLAGS);

	/** The label in capitals is a label even with no punctuation before it. */
	private static final Pattern CAPITAL_LABEL = Pattern
		.compile("\\s+(?:ẢNH|ANH|ẢNH MINH HỌA|ẢNH MINH HOẠ)\\s*[:：]\\s*" + CREDIT + "\\.?$", Pattern.UNICODE_CASE);

	/** Alt text printed before the caption: the headline, a dash, "ảnh 1". */
	private static final Pattern ALT_TEXT_PREFIX = Pattern
		.compile("^.{10,300}?\\s[-–—]\\s*ảnh\\s+\\d{1,2}\\s*(?=\\p{Lu})", Pattern.UNICODE_CASE);

	private static final Pattern AFTER_SENTENCE = Pattern
		.compile("(?<=[.!?\"”])\\s*(?:Ảnh|Photo|Ảnh minh họa|Ảnh minh hoạ)\\s*[:：]\\s*" + CREDIT + "\\.?$", FLAGS);

	private static final Pattern CREDIT_ALONE = Pattern.compile("^" + WORD + "\\s*[:：]\\s*" + CREDIT + "\\.?$", FLAGS);

	/**
	 * "... tại Lễ Kỷ niệm. Ảnh Phạm Hưng", "... phát biểu - ảnh Ngọc Vũ": no colon, so
	 * only "Ảnh" after a sentence or "ảnh" after a dash, and a photographer's full name
	 * (or a name and an agency) end the line.
	 */
	private static final Pattern NAME_WITHOUT_COLON = Pattern.compile(
			"(?:(?<=[.!?\"”])\\s*Ảnh|\\s[-–—]\\s*[ảẢ]nh)\\s+(?<credit>\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,3}(?:\\s*[/-]\\s*\\p{Lu}{2,8})?)\\.?$");

	private static final Pattern[] CREDIT_PATTERNS = { IN_PARENTHESES, AFTER_DASH, AFTER_SENTENCE, CAPITAL_LABEL };

	private static final Pattern[] NO_COLON_PATTERNS = { NAME_WITHOUT_COLON };

	private static final Pattern[] NONE = {};

	private static final Pattern UNCREDITED = Pattern
		.compile("\\s*\\((?:Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu)\\)\\.?$", FLAGS);

	/**
	 * An image's number as a label, alone or after the image's alt text: the caption is
	 * what follows it.
	 */
	static final Pattern NUMBERED_IMAGE = Pattern.compile(
			"^(?:.{10,300}?\\s[-–—]\\s*)?[ảẢ]nh\\s+\\d{1,2}\\s*[:.]?\\s+(?<caption>\\p{Lu}.{3,300})$",
			Pattern.UNICODE_CASE);

	/** {@code Minh Đức -TTXVN}: photographer and agency joined by a dash. */
	private static final Pattern DASHED_AGENCY = Pattern.compile("^(.*\\p{L})\\s*[-–]\\s*(\\p{Lu}[\\p{Lu}+]+)$");

	private static final int MAX_CAPTION = 600;

	/** Longer than any separator, credit word and credit together. */
	private static final int CREDIT_SPAN = 160;

	/** Long enough for an institution ("Trung tâm báo chí Đại hội XIII của Đảng"). */
	private static final int MAX_CREDIT_WORDS = 10;

	/**
	 * The caption on the line, with its credit, when the line ends with a photo credit.
	 */
	public Optional<Caption> parse(String text) {
		if (text == null || text.length() > MAX_CAPTION) {
			return Optional.empty();
		}
		// a table cell's bar left after the credit ("... Ảnh: Trí Dũng - TTXVN |")
		String line = text.endsWith("|") ? text.substring(0, text.length() - 1).stripTrailing() : text;
		// every credit pattern ends the line and is short: search only the line's end, as
		// this runs on every line of every page
		int from = Math.max(0, line.length() - CREDIT_SPAN);
		// each credit pattern has a colon after its label: a line end without one has
		// none
		boolean colon = line.indexOf(':', from) >= 0 || line.indexOf('：', from) >= 0;
		Pattern[] patterns = colon ? CREDIT_PATTERNS
				: (line.indexOf("Ảnh ", from) >= 0 || line.indexOf("ảnh ", from) >= 0) ? NO_COLON_PATTERNS : NONE;
		for (Pattern pattern : patterns) {
			Matcher matcher = pattern.matcher(line).region(from, line.length()).useTransparentBounds(true);
			if (matcher.find() && matcher.start() > 0) {
				String credit = cleanCredit(matcher.group("credit"));
				if (credit != null) {
					return Optional.of(new Caption(cleanText(line.substring(0, matcher.start())), credit));
				}
			}
		}
		if (line.indexOf("ảnh ") >= 0 || line.startsWith("Ảnh")) {
			// numbered images: "ảnh 2: Quang cảnh hội nghị", "{headline} - ảnh 1 Toàn
			// cảnh ..."
			Matcher numbered = NUMBERED_IMAGE.matcher(line);
			if (numbered.matches()) {
				return Optional.of(new Caption(cleanText(numbered.group("caption")), null));
			}
		}
		String end = line.stripTrailing();
		Matcher uncredited = UNCREDITED.matcher(line);
		// the pattern ends in a parenthesis: most lines are not worth scanning for it
		if ((end.endsWith(")") || end.endsWith(").")) && uncredited.find() && uncredited.start() > 0) {
			return Optional.of(new Caption(cleanText(line.substring(0, uncredited.start())), null));
		}
		return Optional.empty();
	}

	/**
	 * The credit when the whole line is one ("Ảnh: TTXVN"), printed under its caption.
	 */
	public Optional<String> creditLine(String line) {
		if (line == null || line.length() > 90) {
			return Optional.empty();
		}
		Matcher matcher = CREDIT_ALONE.matcher(line);
		return matcher.find() ? Optional.ofNullable(cleanCredit(matcher.group("credit"))) : Optional.empty();
	}

	/**
	 * Whether the line ends with a credit, so that nothing after it continues its
	 * sentence.
	 */
	public boolean endsWithCredit(String line) {
		return parse(line).isPresent();
	}

	private static String cleanCredit(String credit) {
		String cleaned = credit.strip();
		while (cleaned.endsWith(".")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
		}
		if (cleaned.isEmpty() || TextShape.words(cleaned) > MAX_CREDIT_WORDS) {
			return null;
		}
		return DASHED_AGENCY.matcher(cleaned).replaceFirst("$1/$2");
	}

	private static String cleanText(String text) {
		String cleaned = ALT_TEXT_PREFIX.matcher(text.strip()).replaceFirst("");
		while (!cleaned.isEmpty() && "-–—|".indexOf(cleaned.charAt(cleaned.length() - 1)) >= 0) {
			cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
		}
		return cleaned;
	}

}
