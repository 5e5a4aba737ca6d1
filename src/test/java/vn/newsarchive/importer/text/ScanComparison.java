package vn.newsarchive.importer.text;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guarded scan compared with {@link Matcher#find()} on the same pattern, string after
 * string, counting each pattern's matches: generated strings that hold none would prove
 * nothing.
 */
public final class ScanComparison {

	private final int[] found;

	private ScanComparison(int patterns) {
		this.found = new int[patterns];
	}

	/**
	 * Runs {@code checks} on 100,000 strings of up to {@code most} pieces drawn from
	 * {@code pieces} ({@link Generated#of}), then asserts that each of the
	 * {@code patterns} matched more than 100 times.
	 */
	public static void onGeneratedStrings(List<List<String>> pieces, int most, int patterns,
			BiConsumer<ScanComparison, String> checks) {
		Random random = new Random(17);
		ScanComparison scans = new ScanComparison(patterns);
		for (int n = 0; n < 100_000; n++) {
			checks.accept(scans, Generated.of(random, pieces, most));
		}
		// the strings hold matches of every pattern, not only near misses
		scans.assertEachMatchedMoreThan(100);
	}

	/** The scan finds in {@code text} what {@code find} finds with {@code pattern}. */
	public void check(int k, StartingAt scan, Pattern pattern, String text) {
		List<String> expected = Matches.found(pattern, text, 0);
		assertThat(Matches.of(scan)).as(text).isEqualTo(expected);
		this.found[k] += expected.size();
	}

	/** Every pattern matched more than {@code times} times over the strings. */
	private void assertEachMatchedMoreThan(int times) {
		assertThat(Arrays.stream(this.found).min().getAsInt())
			.as("matches of each pattern: " + Arrays.toString(this.found))
			.isGreaterThan(times);
	}

}
