package vn.newsarchive.importer.eventdate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import vn.newsarchive.importer.text.Matches;
import vn.newsarchive.kernel.WordList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event-date phrase is tried only at its first letters and only where a digit lies
 * ahead, and finds what {@link Matcher#find()} finds with the same pattern, in the same
 * order: on 100,000 generated strings of its own words (every opener and time of day, in
 * both cases), what may follow them (commas, "(", spaces), dates and the characters that
 * stop it.
 */
class EventDatePhraseScanTest {

	private static final List<String> SPACES = List.of(" ", "  ", ", ", ",", " (", "(", "\n", " tối", " nay", " qua",
			" ngày", ", ngày");

	private static final List<String> DATES = List.of("6/11", "21- 22/4", "16.8", "6/7/2021", "09 tháng 4 năm 2022",
			"30/9 đến 1/10/2025", "14 đến ngày 23/3", "16 và sáng 17.10", "1", "12", "2019", "/", ".", "-", "–");

	private static final List<String> OTHERS = List.of(")", ":", ".", "ngày", "Ngày", "tháng", "năm", "a", "x1",
			"\u0301", "\uD835\uDC00", "đ", "Đ", "Tại", "T");

	/** Openers, what may follow them, dates and what stops a phrase, drawn in turn. */
	private static final List<List<String>> PIECES = List.of(openers(), SPACES, DATES, OTHERS);

	@Test
	void findsWhatFindFinds() {
		Random random = new Random(17);
		for (int n = 0; n < 100_000; n++) {
			StringBuilder text = new StringBuilder();
			int count = 1 + random.nextInt(12);
			for (int p = 0; p < count; p++) {
				List<String> kind = PIECES.get(random.nextInt(PIECES.size()));
				text.append(kind.get(random.nextInt(kind.size())));
			}
			String s = text.toString();
			int from = random.nextInt(s.length() + 1);
			assertThat(scanned(s, from)).as(s).isEqualTo(found(s, from));
		}
	}

	private static List<String> openers() {
		List<String> pieces = new ArrayList<>();
		for (String list : List.of("daytime-words.txt", "event-date-openers.txt", "range-openers.txt")) {
			for (String word : WordList.load(list).entries()) {
				pieces.add(word);
				pieces.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
				pieces.add(word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1));
			}
		}
		return pieces;
	}

	private static List<String> scanned(String text, int from) {
		return Matches.of(EventDateParser.phrases(text, from));
	}

	private static List<String> found(String text, int from) {
		return Matches.found(EventDateParser.PHRASE, text, from);
	}

}
