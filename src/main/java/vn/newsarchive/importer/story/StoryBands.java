package vn.newsarchive.importer.story;

/**
 * Locality-sensitive hashing of a {@link StorySignature}: its minima cut into
 * {@value #BANDS} bands of {@value #ROWS}, each band hashed to one key. Two stories share
 * a key when they agree on a whole band, which happens with probability 1-(1-J³)⁴² for
 * Jaccard similarity J: 0.98 at J = 0.44 (seed 001 and another capture of its first
 * part), 0.68 at J = 0.3, 0.003 at J = 0.04 (unrelated party-work news). The store looks
 * candidates up by these keys and compares only those.
 */
public final class StoryBands {

	public static final int ROWS = 3;

	public static final int BANDS = StorySignature.HASHES / ROWS;

	private StoryBands() {
	}

	/** The band keys; none for a story without text. */
	public static long[] of(StorySignature signature) {
		long[] minima = signature.minima();
		if (minima.length != StorySignature.HASHES) {
			return new long[0];
		}
		long[] keys = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			long key = Hashes.mix(band + 1L);
			for (int row = 0; row < ROWS; row++) {
				key = Hashes.mix(key ^ minima[band * ROWS + row]);
			}
			keys[band] = key;
		}
		return keys;
	}

}
