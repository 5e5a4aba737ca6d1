package vn.newsarchive.search;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Count arrays kept between searches, every element zero. A person or document facet
 * counts into an array as long as the largest id (ids are pooled and sparse: about
 * 150,000 for 3,000 persons at 20,000 articles), so a new array per search cost its
 * allocation and zeroing whatever the number of hits; one given back here is cleared by
 * the values it counted alone ({@link ValueCounts#release}).
 */
final class CountArrays {

	/** Below this length an array is cheaper made than kept. */
	static final int KEPT_FROM = 4096;

	/** Arrays kept at most: about one per search running at once. */
	private static final int KEPT = 16;

	private static final ConcurrentLinkedQueue<int[]> SPARE = new ConcurrentLinkedQueue<>();

	private static final AtomicInteger SPARE_COUNT = new AtomicInteger();

	private CountArrays() {
	}

	/**
	 * A zeroed array of at least this length: a kept one if long enough, else a new one.
	 */
	static int[] take(int length) {
		int[] spare = SPARE.poll();
		if (spare != null) {
			SPARE_COUNT.decrementAndGet();
			if (spare.length >= length) {
				return spare;
			}
		}
		return new int[length];
	}

	/** Keeps an array whose every element is zero again, if there is room. */
	static void giveBack(int[] zeroed) {
		if (zeroed.length >= KEPT_FROM && SPARE_COUNT.incrementAndGet() <= KEPT) {
			SPARE.offer(zeroed);
		}
		else if (zeroed.length >= KEPT_FROM) {
			SPARE_COUNT.decrementAndGet();
		}
	}

}
