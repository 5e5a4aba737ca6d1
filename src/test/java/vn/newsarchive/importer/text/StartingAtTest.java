package vn.newsarchive.importer.text;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tried only at the characters a match can start with, a pattern finds what
 * {@link Matcher#find()} finds, in the same order: patterns that open with a look-behind,
 * a case-insensitive one among them, on 100,000 generated strings of the characters they
 * turn on, with and without the characters their look-behind refuses.
 */
class StartingAtTest {

	private static final Pattern FULL_DATE = Pattern
		.compile("(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern PHRASE = Pattern.compile(
			"(?<![\\p{L}\\d])(?:[Ss]áng|Ngày|từ\\s+ngày)\\s+(\\d{1,2})(?:\\s*[-,]\\s*\\d{1,2})*/(\\d{1,2})(?![\\d/])");

	private static final Pattern REVIEW = Pattern.compile(
			"(?<![\\p{L}])(?:kiểm điểm|tổng kết)[^.]{0,12}?năm\\s+(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final String[] PIECES = { "1", "2", "12", "3", "/", ".", "-", " ", "  ", ",", "2019", "2025", "199",
			"Sáng", "sáng", "Ngày", "ngày", "từ", "a", "Đ", "x1", "kiểm điểm", "KIỂM ĐIỂM", "\u212Aiểm điểm",
			"tổng kết", "Tổng Kết", "năm", "NĂM", "\u0301", "\uD835\uDC00", "là", "LÀ", "các ông", "2 bà", ":", "ký",
			"KÝ", "\u212Aý", "ban hành", "BAN  HÀNH", "sửa", "\u017Fửa", "Đại hội", "đẠI HỘI", "ông" };

	private static final List<String> VERBS = List.of("ký", "ban hành", "sửa", "đại hội", "ông");

	private static final String VERB_STARTS = StartingAt.eitherCase(VERBS);

	private static final Pattern VERB = Pattern.compile(
			"(?<![\\p{L}\\p{M}])(?:ban\\s+hành|đại\\s+hội|sửa|ký|ông)(?![\\p{L}\\p{M}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern COUNTED = Pattern.compile(
			"(?<![\\p{L}\\p{M}])là\\s+(?:\\d+|các)\\s+(?:ông|bà)(?![\\p{L}\\p{M}])\\s*:?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final LookBehind FULL_DATE_BEFORE = new LookBehind(false, true, false, "/.-");

	@Test
	void findsWhatFindFinds() {
		Random random = new Random(17);
		for (int n = 0; n < 100_000; n++) {
			StringBuilder text = new StringBuilder();
			int pieces = 1 + random.nextInt(14);
			for (int p = 0; p < pieces; p++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String s = text.toString();
			int from = random.nextInt(s.length() + 1);
			assertThat(startingAt(FULL_DATE, s, from, "0123456789")).as(s).isEqualTo(find(FULL_DATE, s, from));
			assertThat(startingAt(PHRASE, s, from, "SsNt")).as(s).isEqualTo(find(PHRASE, s, from));
			assertThat(startingAt(REVIEW, s, from, "kK\u212AtT")).as(s).isEqualTo(find(REVIEW, s, from));
			// the look-behind stated too: positions after a refused character are skipped
			assertThat(startingAt(FULL_DATE, s, from, "0123456789", FULL_DATE_BEFORE)).as(s)
				.isEqualTo(find(FULL_DATE, s, from));
			assertThat(startingAt(PHRASE, s, from, "SsNt", LookBehind.LETTER_OR_DIGIT)).as(s)
				.isEqualTo(find(PHRASE, s, from));
			assertThat(startingAt(REVIEW, s, from, "kK\u212AtT", LookBehind.LETTER)).as(s)
				.isEqualTo(find(REVIEW, s, from));
			assertThat(startingAt(COUNTED, s, from, "lL", LookBehind.LETTER_OR_MARK)).as(s)
				.isEqualTo(find(COUNTED, s, from));
			assertThat(startingAt(VERB, s, from, VERB_STARTS, LookBehind.LETTER_OR_MARK)).as(s)
				.isEqualTo(find(VERB, s, from));
		}
	}

	@Test
	void startsInEitherCaseAsACaseInsensitivePatternCompares() {
		assertThat(StartingAt.eitherCase(List.of("ký", "sửa", "đại hội"))).contains("k", "K", "\u212A", "s", "S",
				"\u017F", "đ", "Đ");
	}

	@Test
	void seesTheTextBeforeWhereItStarts() {
		assertThat(startingAt(PHRASE, "xSáng 6/11", 1, "SsNt")).isEmpty();
		assertThat(startingAt(PHRASE, "x Sáng 6/11", 1, "SsNt")).containsExactly("2-11:6,11");
	}

	private static List<String> find(Pattern pattern, String text, int from) {
		return Matches.found(pattern, text, from);
	}

	private static List<String> startingAt(Pattern pattern, String text, int from, String starts) {
		return startingAt(pattern, text, from, starts, new LookBehind(false, false, false, ""));
	}

	private static List<String> startingAt(Pattern pattern, String text, int from, String starts, LookBehind notAfter) {
		return Matches.of(new StartingAt(pattern, text, from, starts, notAfter));
	}

}
