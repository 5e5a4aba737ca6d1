package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.newsarchive.importer.text.Generated;
import vn.newsarchive.importer.text.ScanComparison;
import vn.newsarchive.kernel.WordList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Title heads and chain-ending verbs, tried only where their words start, are found where
 * {@link Matcher#find()} finds them with the same patterns: the heads over a whole text,
 * the first verb in a region (seeing the text around it) and the last verb of a text, on
 * 100,000 generated strings of heads, ranks, verbs, names holding a verb, "Phó" and
 * "nguyên" in several cases and spacings, and what a look-behind refuses.
 */
class TitleScansTest {

	private static final TitleVocabulary WORDS = TitleVocabulary.load();

	@Test
	void findWhatFindFinds() {
		List<String> listed = new ArrayList<>(List.of("phó", "nguyên", "quyền", "tân", "Phó", "Bí thư", "Tỉnh ủy"));
		listed.addAll(WordList.load("ranks.txt").entries());
		listed.addAll(WordList.load("title-heads.txt").entries().subList(0, 40));
		List<String> verbs = new ArrayList<>(WordList.load("chain-verbs.txt").entries());
		verbs.addAll(WordList.load("verbs-in-names.txt").entries());
		List<List<String>> pieces = List.of(Generated.variants(listed), Generated.variants(verbs),
				List.of(" ", " ", "  ", "\n", ", ", " - "), Generated.AROUND);
		Random random = new Random(17);
		int[] verbsFound = new int[2];
		ScanComparison.onGeneratedStrings(pieces, 12, 1, (scans, s) -> {
			scans.check(0, WORDS.heads(s), WORDS.head, s);
			int from = random.nextInt(s.length() + 1);
			int limit = from + random.nextInt(s.length() - from + 1);
			int first = firstByFind(WORDS.verb(), s, from, limit);
			assertThat(WORDS.verbAt(s, from, limit)).as(s + " from " + from + " to " + limit).isEqualTo(first);
			int last = lastByFind(WORDS.verb(), s);
			assertThat(WORDS.lastVerbAt(s)).as(s).isEqualTo(last);
			verbsFound[0] += (first >= 0) ? 1 : 0;
			verbsFound[1] += (last >= 0) ? 1 : 0;
		});
		// the strings hold verbs, not only near misses
		assertThat(verbsFound[0]).isGreaterThan(1000);
		assertThat(verbsFound[1]).isGreaterThan(1000);
	}

	/**
	 * The first verb by {@link Matcher#find()} in the region, as the scan was written.
	 */
	private static int firstByFind(Pattern verb, String text, int from, int limit) {
		Matcher m = verb.matcher(text).region(Math.max(0, from - 12), limit).useTransparentBounds(true);
		while (m.find()) {
			if (m.group("name") == null && m.start() >= from) {
				return m.start();
			}
		}
		return -1;
	}

	private static int lastByFind(Pattern verb, String text) {
		Matcher m = verb.matcher(text);
		int last = -1;
		while (m.find()) {
			if (m.group("name") == null) {
				last = m.start();
			}
		}
		return last;
	}

}
