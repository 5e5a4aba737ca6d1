package vn.newsarchive.importer.person;

import java.util.List;
import java.util.Set;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.kernel.WordList;

/**
 * Names of the Ê Đê, whose clan name comes last ({@code clan-names-after.txt}): a man's
 * opens with "Y" ("Y Biêr Niê", "Y Thanh Hà Niê Kđăm"), a woman's with "H'" glued to the
 * given name ("H'Hen Niê"). No Kinh family name opens them, so {@link NameFinder} finds
 * them here: from the opener to a clan name, two to five syllables in all.
 */
final class HighlandNames {

	private static final int MAX_SYLLABLES = 5;

	/** The longest clan name, in words ("Mlô Dun Du"). */
	private static final int MAX_CLAN_WORDS = 3;

	private final Set<String> clans;

	HighlandNames(WordList clans) {
		this.clans = clans.keys();
	}

	/** The names in a run of capitalised words ({start, end} of each word). */
	void find(String text, List<int[]> run, List<NameSpan> names) {
		int i = 0;
		while (i < run.size()) {
			int opener = opener(text, run, i);
			int clanEnd = (opener < 0) ? -1 : clanEnd(text, run, i);
			if (clanEnd < 0) {
				i++;
				continue;
			}
			int syllables = clanEnd - i + ((opener > 0) ? 1 : 0);
			int start = run.get(i)[0] - opener;
			int stop = run.get(clanEnd - 1)[1];
			// one spelling of "H'" for all, so that the same woman is one person
			names.add(new NameSpan(text.substring(start, stop).replace('’', '\''), start, stop, syllables, false));
			i = clanEnd;
		}
	}

	/**
	 * 0 when word {@code i} is the man's opener "Y", 2 when "H'" (or "H’") is glued
	 * before it, -1 otherwise.
	 */
	private static int opener(String text, List<int[]> run, int i) {
		int start = run.get(i)[0];
		if (run.get(i)[1] == start + 1 && text.charAt(start) == 'Y') {
			return 0;
		}
		boolean glued = start >= 2 && text.charAt(start - 2) == 'H'
				&& (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')
				&& (start == 2 || !Words.isWordChar(text.charAt(start - 3)));
		return glued ? 2 : -1;
	}

	/**
	 * The end (exclusive, in words) of the first clan name after word {@code from}, the
	 * longest that starts there ("Mlô Dun Du", a branch of "Mlô").
	 */
	private int clanEnd(String text, List<int[]> run, int from) {
		int last = Math.min(run.size(), from + MAX_SYLLABLES);
		for (int k = from + 1; k < last; k++) {
			for (int width = Math.min(MAX_CLAN_WORDS, run.size() - k); width >= 1; width--) {
				if (isClan(text, run.get(k)[0], run.get(k + width - 1)[1])) {
					return k + width;
				}
			}
		}
		return -1;
	}

	private boolean isClan(String text, int start, int end) {
		return this.clans.contains(VietnameseText.key(text.substring(start, end)));
	}

}
