package vn.newsarchive.importer.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import vn.newsarchive.importer.text.Generated;
import vn.newsarchive.importer.text.ScanComparison;
import vn.newsarchive.kernel.WordList;

/**
 * "là" with a count ("… là các ông:", "là 3 đồng chí") and "Đó là", tried only where
 * those words start, are found where {@link Matcher#find()} finds them with the same
 * patterns: on 100,000 generated strings of the count words, honorifics, figures, "là"
 * and "Đó" in several cases and spacings, whole matches and what a look-behind refuses.
 */
class CountedScanTest {

	@Test
	void findWhatFindFinds() {
		TitleVocabulary words = TitleVocabulary.load();
		GroupHeaders headers = new GroupHeaders(words, new TitleChainReader(words));
		List<String> listed = new ArrayList<>(List.of("là", "Đó", "đó", "Đó là", "lá", "3", "12"));
		listed.addAll(WordList.load("count-words.txt").entries());
		listed.addAll(WordList.load("honorifics.txt").entries());
		// whole matches too, for the strings to hold some among the near misses
		List<String> whole = List.of("là các ông:", "là 3 đồng chí", "LÀ HAI BÀ :", "là  những đ/c", "Đó là ",
				"Đó\nlà  ");
		List<List<String>> pieces = List.of(Generated.variants(listed), List.of(" ", "  ", "\n", ":", " :"), whole,
				Generated.AROUND);
		ScanComparison.onGeneratedStrings(pieces, 12, 2, (scans, s) -> {
			scans.check(0, headers.countedAt(s), headers.counted, s);
			scans.check(1, CountedLists.thatIs(s), CountedLists.THAT_IS, s);
		});
	}

}
