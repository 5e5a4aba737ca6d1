package vn.newsarchive.importer.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import vn.newsarchive.importer.text.Generated;
import vn.newsarchive.importer.text.ScanComparison;
import vn.newsarchive.kernel.WordList;

/**
 * The event, action, issuing and announcing words, tried only where one of them starts in
 * any case, are found where {@link Matcher#find()} finds them with the same patterns: on
 * 100,000 generated strings of every listed word in several cases and spacings, their
 * halves, and what a look-behind or a word's end refuses.
 */
class EventEvidenceScanTest {

	private static final EventEvidence EVIDENCE = new EventEvidence();

	@Test
	void findWhatFindFinds() {
		List<String> words = new ArrayList<>();
		for (String list : List.of("meeting-nouns.txt", "event-verbs.txt", "issuing-verbs.txt",
				"announcing-verbs.txt")) {
			words.addAll(WordList.load(list).entries());
		}
		List<List<String>> pieces = List.of(Generated.variants(words), Generated.AROUND);
		ScanComparison.onGeneratedStrings(pieces, 10, 4, (scans, s) -> {
			scans.check(0, EVIDENCE.events(s), EVIDENCE.event, s);
			scans.check(1, EVIDENCE.actions(s), EVIDENCE.action, s);
			scans.check(2, EVIDENCE.issuings(s), EVIDENCE.issuing, s);
			scans.check(3, EVIDENCE.announcings(s), EVIDENCE.announcing, s);
		});
	}

}
