package vn.newsarchive.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next start found by one search per character is the one a test of each character in
 * turn finds: sets of one to many characters (ASCII, Vietnamese letters, the Kelvin sign,
 * half of a surrogate pair, repeated characters), on generated strings asked at rising
 * positions as a scan asks.
 */
class StartCharactersTest {

	private static final List<String> SETS = List.of("Đ", "lL", "0123456789", "SsNtTĐđcCHV", "kK\u212AtT", "tT\u0301",
			"\uD835", "aaaĐĐ", "bBcCdDđĐgGhHkK\u212AlLpPtT");

	private static final String[] PIECES = { "Đ", "đ", "l", "L", "là", "1", "2019", "/", " ", "  ", "\n", "Sáng",
			"sáng", "Ngày", "tháng", "THÁNG", "\u212A", "kiểm", "\u0301", "\uD835\uDC00", "ư", "ế", "Ạ", "a", "x",
			"Hội nghị", "“", "”", "–", "." };

	@Test
	void searchedFindsWhatEachCharacterTestedFinds() {
		Random random = new Random(17);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(40);
			for (int p = 0; p < pieces; p++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String s = text.toString();
			for (String set : SETS) {
				assertThat(starts(new StartCharacters(set, true), s, new Random(n))).as(set + " in " + s)
					.isEqualTo(starts(new StartCharacters(set, false), s, new Random(n)));
			}
		}
	}

	/**
	 * The starts from a rising position: sometimes the next one on, sometimes one further
	 * (a match's end).
	 */
	private static List<Integer> starts(StartCharacters set, String text, Random steps) {
		StartCharacters.Cursor cursor = set.in(text);
		List<Integer> found = new ArrayList<>();
		int from = 0;
		while (true) {
			int at = cursor.next(from);
			found.add(at);
			if (at >= text.length()) {
				return found;
			}
			from = at + 1 + steps.nextInt(3);
		}
	}

}
