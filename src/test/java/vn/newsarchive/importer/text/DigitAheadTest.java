package vn.newsarchive.importer.text;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next position with a digit ahead, found window by window, is the first one from
 * there on at which the definition holds (the first character that is no letter, mark,
 * space, comma or "(" is an ASCII digit): on generated strings of letters, Vietnamese
 * letters, marks, digits, stops, spaces of several kinds and a surrogate pair, asked at
 * rising positions.
 */
class DigitAheadTest {

	/** What may stand before a phrase's first digit, one character at a time. */
	private static final Pattern LEADS = Pattern.compile("[\\p{L}\\p{M} ,(\\t\\n\\x0B\\f\\r]");

	private static final List<String> PIECES = List.of("Sáng", "ngày", " ", ", ", "(", "\n", "\u00A0", "6", "11", "/",
			".", ":", "-", ")", "\u0301", "\u0903", "\uD835\uDC00", "ư", "Đ", "x", "١", "2019");

	@Test
	void findsTheFirstPositionWhereTheDefinitionHolds() {
		Random random = new Random(17);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int p = random.nextInt(16); p > 0; p--) {
				text.append(PIECES.get(random.nextInt(PIECES.size())));
			}
			String s = text.toString();
			DigitAhead ahead = new DigitAhead(s);
			int position = random.nextInt(s.length() + 1);
			while (position <= s.length()) {
				int expected = position;
				while (expected < s.length() && !holds(s, expected)) {
					expected++;
				}
				assertThat(ahead.from(position)).as(s + " from " + position).isEqualTo(expected);
				position += 1 + random.nextInt(3);
			}
		}
	}

	private static boolean holds(String text, int at) {
		int i = at;
		while (i < text.length() && LEADS.matcher(String.valueOf(text.charAt(i))).matches()) {
			i++;
		}
		return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
	}

}
