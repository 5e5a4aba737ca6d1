package vn.newsarchive.importer.story;

/**
 * Two signatures with a chosen similarity, built directly for table tests of the rule.
 */
final class Pairs {

	private Pairs() {
	}

	/**
	 * Signatures agreeing on round(J·128) positions whose sizes give the containment:
	 * with |A| = shorter, |A∩B| = C·|A|, and |B| = |A∩B|·(1+J)/J − |A|.
	 */
	static StorySignature[] with(double jaccard, double containment, int shorter) {
		int agree = (int) Math.round(jaccard * StorySignature.HASHES);
		double j = agree / (double) StorySignature.HASHES;
		double common = containment * shorter;
		int longer = (int) Math.round(common * (1 + j) / j - shorter);
		long[] a = new long[StorySignature.HASHES];
		long[] b = new long[StorySignature.HASHES];
		for (int i = 0; i < a.length; i++) {
			a[i] = i;
			b[i] = (i < agree) ? i : -i - 1;
		}
		return new StorySignature[] { new StorySignature(shorter, a),
				new StorySignature(Math.max(shorter, longer), b) };
	}

}
