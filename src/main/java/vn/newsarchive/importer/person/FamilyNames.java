package vn.newsarchive.importer.person;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/**
 * The plain family names ({@code family-names.txt}), of one word or of two: the Gia Rai
 * write some clans as two words before the given name ("Rơ Chăm Tih", "Rơ Mah Tuấn"), and
 * such a pair is one family name.
 */
final class FamilyNames {

	private final Set<String> names;

	/**
	 * First words of the family names of two words, so that the pair's key is built only
	 * after one of them.
	 */
	private final Set<String> pairStarts;

	FamilyNames(WordList names) {
		this.names = names.keys();
		this.pairStarts = this.names.stream()
			.filter((name) -> name.indexOf(' ') > 0)
			.map((name) -> name.substring(0, name.indexOf(' ')))
			.collect(Collectors.toSet());
	}

	/**
	 * How many words of the run ({start, end} of each word) the family name starting at
	 * word {@code i} takes, 0 when none starts there; {@code first} is that word's key.
	 */
	int wordsAt(String text, List<int[]> run, int i, String first) {
		if (this.names.contains(first)) {
			return 1;
		}
		boolean pair = this.pairStarts.contains(first) && i + 1 < run.size()
				&& this.names.contains(VietnameseText.key(text.substring(run.get(i)[0], run.get(i + 1)[1])));
		return pair ? 2 : 0;
	}

}
