package vn.newsarchive.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static vn.newsarchive.search.ValueCounts.MAX_INDEXED;

/**
 * The values a facet counted most, most first, then the smaller value: read from the
 * values found alone, the best few kept in order as they are read.
 */
final class TopValues {

	private TopValues() {
	}

	/**
	 * The top {@code size} of {@code counts}, whose counted values are the first
	 * {@code foundCount} of {@code found}.
	 */
	static Map<Long, Long> of(int[] counts, int[] found, int foundCount, int size) {
		// count and value packed in one long that orders as asked (most, then the smaller
		// value, last); the best few kept in order while the values are read: a person
		// facet counts thousands of values per search to show ten, and sorting them all
		// was a few per cent of a search
		long[] best = new long[Math.max(0, Math.min(size, 64))];
		int kept = 0;
		for (int i = 0; i < foundCount; i++) {
			int value = found[i];
			long packed = ((long) counts[value] << 32) | (MAX_INDEXED - value);
			if (kept < best.length) {
				kept = insert(best, kept, packed);
			}
			else if (size > best.length) {
				// more asked than kept in order: every value, sorted
				return sortedTop(counts, found, foundCount, size);
			}
			else if (kept > 0 && packed > best[0]) {
				replaceLeast(best, packed);
			}
		}
		Map<Long, Long> top = new LinkedHashMap<>();
		for (int i = kept - 1; i >= 0; i--) {
			top.put(MAX_INDEXED - (best[i] & 0xFFFF_FFFFL), best[i] >>> 32);
		}
		return top;
	}

	/** Adds to the first {@code kept} of {@code best}, in increasing order. */
	private static int insert(long[] best, int kept, long packed) {
		int i = kept - 1;
		while (i >= 0 && best[i] > packed) {
			best[i + 1] = best[i];
			i--;
		}
		best[i + 1] = packed;
		return kept + 1;
	}

	/** Puts a value greater than the least of a full {@code best} in its place. */
	private static void replaceLeast(long[] best, long packed) {
		int i = 0;
		while (i + 1 < best.length && best[i + 1] < packed) {
			best[i] = best[i + 1];
			i++;
		}
		best[i] = packed;
	}

	private static Map<Long, Long> sortedTop(int[] counts, int[] found, int foundCount, int size) {
		long[] packed = new long[64];
		int packedCount = 0;
		for (int i = 0; i < foundCount; i++) {
			int value = found[i];
			if (packedCount == packed.length) {
				packed = Arrays.copyOf(packed, packedCount * 2);
			}
			packed[packedCount++] = ((long) counts[value] << 32) | (MAX_INDEXED - value);
		}
		Arrays.sort(packed, 0, packedCount);
		Map<Long, Long> top = new LinkedHashMap<>();
		for (int i = packedCount - 1; i >= 0 && top.size() < size; i--) {
			top.put(MAX_INDEXED - (packed[i] & 0xFFFF_FFFFL), packed[i] >>> 32);
		}
		return top;
	}

}
