package vn.newsarchive.importer.person;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.newsarchive.kernel.WordList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title's trimming skips each pattern where it cannot match and trims what the patterns
 * alone trim: on 200,000 generated titles of terms, years, Roman numerals, qualifiers,
 * punctuation and the line terminators before which "$" matches too.
 */
class TitleTrimGuardTest {

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–]+$");

	private static final Pattern TRAILING_TERMS = Pattern.compile(
			"(?:[\\s,]+(?:nhiệm kỳ\\s+\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?|(?:khóa|khoá)\\s+(?:[IVXLC]+|\\d{1,2}))(?![\\p{L}\\p{M}\\d]))+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern INNER_TERM = Pattern.compile(
			"\\s+(?:khóa|khoá)\\s+(?:[IVXLC]+|\\d{1,2})(?=\\s+\\p{L})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern TRAILING_QUALIFIER = Pattern.compile(
			"(?<=\\p{Lu}[\\p{L}\\p{M}]{0,20})\\s+" + WordList.load("title-end-qualifiers.txt").alternation() + "$");

	private static final Pattern TERM_ONWARDS = Pattern.compile(
			"[\\s,]+" + WordList.load("term-words.txt").alternation() + "\\s+\\d{4}(?!\\d).*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

	private static final String[] PIECES = { "Bí thư", " Tỉnh ủy", " Vĩnh Long", " mới", "mới", " ", "  ", ",", ", ",
			";", ":", ".", "-", "–", "\n", "\r\n", "\u0085", "\u2028", "\u2029", " khóa", " KHÓA", " khoá",
			" \u212Ahóa", " nhiệm kỳ", " NHIỆM KỲ", " các nhiệm kỳ", " giai đoạn", " 2020", "2025", " - ", "12", " XV",
			" xiv", "I", "ı", "İ", "v", "c", "L", "x", "\u2160", "1", "Đ", "\u0301", "a",
			" bằng hình thức khiển trách" };

	private final TitleTrim trim = new TitleTrim();

	@Test
	void trimsWhatThePatternsTrim() {
		Random random = new Random(17);
		for (int n = 0; n < 200_000; n++) {
			StringBuilder title = new StringBuilder();
			int count = 1 + random.nextInt(8);
			for (int p = 0; p < count; p++) {
				title.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String s = title.toString();
			assertThat(this.trim.of(s)).as(s).isEqualTo(unguarded(s));
		}
	}

	/** The trimming as the patterns alone did it, each tried everywhere. */
	private static String unguarded(String title) {
		String trimmed = TRAILING_PUNCTUATION.matcher(TERM_ONWARDS.matcher(title.strip()).replaceFirst(""))
			.replaceAll("");
		String noTerm = TRAILING_PUNCTUATION.matcher(TRAILING_TERMS.matcher(trimmed).replaceAll("")).replaceAll("");
		return TRAILING_QUALIFIER.matcher(INNER_TERM.matcher(noTerm).replaceAll("")).replaceFirst("");
	}

}
