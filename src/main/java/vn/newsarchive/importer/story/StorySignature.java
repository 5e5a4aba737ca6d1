package vn.newsarchive.importer.story;

import java.util.Arrays;

import vn.newsarchive.importer.model.SegmentedArticle;

/**
 * A MinHash signature of a story's shingles ({@link StoryShingles}): for each of
 * {@value #HASHES} hash functions, the least hash over the shingles. The share of
 * positions where two signatures agree estimates the Jaccard similarity of the two
 * shingle sets; with the sets' sizes it also estimates how much of the shorter text the
 * longer one contains, which is what recognises an excerpt.
 *
 * @param shingles how many distinct shingles the story has
 * @param minima the least hash for each hash function; empty for a story without text
 */
public record StorySignature(int shingles, long[] minima) {

	/** Hash functions: the estimate's standard error is at most 1/(2·√128) ≈ 0.044. */
	public static final int HASHES = 128;

	private static final long[] SEEDS = seeds();

	public StorySignature {
		minima = minima.clone();
	}

	public static StorySignature of(SegmentedArticle article) {
		return of(StoryShingles.of(article));
	}

	public static StorySignature of(long[] shingles) {
		if (shingles.length == 0) {
			return new StorySignature(0, new long[0]);
		}
		long[] minima = new long[HASHES];
		Arrays.fill(minima, Long.MAX_VALUE);
		for (long shingle : shingles) {
			for (int i = 0; i < HASHES; i++) {
				long hash = Hashes.mix(shingle ^ SEEDS[i]);
				if (hash < minima[i]) {
					minima[i] = hash;
				}
			}
		}
		return new StorySignature(shingles.length, minima);
	}

	/** The estimated Jaccard similarity of the two stories' shingle sets. */
	public double jaccard(StorySignature other) {
		if (this.minima.length != HASHES || other.minima.length != HASHES) {
			return 0;
		}
		int same = 0;
		for (int i = 0; i < HASHES; i++) {
			if (this.minima[i] == other.minima[i]) {
				same++;
			}
		}
		return same / (double) HASHES;
	}

	/**
	 * The estimated share of the shorter story's shingles that the longer one has too:
	 * |A∩B| = J·(|A|+|B|)/(1+J), over the smaller size. Near 1 for an excerpt.
	 */
	public double containment(StorySignature other) {
		double jaccard = jaccard(other);
		int smaller = Math.min(this.shingles, other.shingles);
		if (smaller == 0) {
			return 0;
		}
		double common = jaccard * (this.shingles + other.shingles) / (1 + jaccard);
		return Math.min(1, common / smaller);
	}

	@Override
	public long[] minima() {
		return this.minima.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StorySignature that && this.shingles == that.shingles
				&& Arrays.equals(this.minima, that.minima);
	}

	@Override
	public int hashCode() {
		return 31 * this.shingles + Arrays.hashCode(this.minima);
	}

	@Override
	public String toString() {
		return "StorySignature[shingles=" + this.shingles + "]";
	}

	private static long[] seeds() {
		long[] seeds = new long[HASHES];
		long state = 0x5EED_57_0E1L;
		for (int i = 0; i < HASHES; i++) {
			state += 0x9E3779B97F4A7C15L;
			seeds[i] = Hashes.mix(state);
		}
		return seeds;
	}

}
