package vn.newsarchive.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Strings for the scans' tests: pieces drawn at random, the words a scan looks for among
 * them in the cases and spacings a pattern accepts or refuses.
 */
public final class Generated {

	/** What surrounds words in a story and what a look-behind refuses. */
	public static final List<String> AROUND = List.of(" ", "  ", "\n", "\t", ",", ".", ":", "(", ")", "a", "x1", "1",
			"Đ", "đ", "\u0301", "\uD835\uDC00", "\u00A0");

	private Generated() {
	}

	/**
	 * Each word as listed, upper-cased, with its first letter upper-cased, with its
	 * spaces doubled or turned into a line break or a no-break space, with "k" as the
	 * Kelvin sign and "s" as the long s (which a {@code UNICODE_CASE} pattern takes for
	 * them), and its first half alone.
	 */
	public static List<String> variants(List<String> words) {
		List<String> pieces = new ArrayList<>();
		for (String word : words) {
			pieces.add(word);
			pieces.add(word.toUpperCase(Locale.ROOT));
			pieces.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
			pieces.add(word.replace(" ", "  "));
			pieces.add(word.replace(" ", "\n"));
			pieces.add(word.replace(" ", "\u00A0"));
			pieces.add(word.replace('k', '\u212A').replace('s', '\u017F'));
			pieces.add(word.substring(0, (word.length() + 1) / 2));
		}
		return pieces;
	}

	/** A string of 1 to {@code most} pieces, each from one of {@code kinds} in turn. */
	public static String of(Random random, List<List<String>> kinds, int most) {
		StringBuilder text = new StringBuilder();
		int count = 1 + random.nextInt(most);
		for (int p = 0; p < count; p++) {
			List<String> kind = kinds.get(random.nextInt(kinds.size()));
			text.append(kind.get(random.nextInt(kind.size())));
		}
		return text.toString();
	}

}
