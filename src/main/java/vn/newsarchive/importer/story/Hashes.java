package vn.newsarchive.importer.story;

/**
 * 64-bit hashing for shingles and MinHash: FNV-1a over a string's characters and the
 * SplitMix64 finaliser as mixer. Fixed here, never {@link String#hashCode()} or a random
 * seed: signatures are stored, and must come out the same in every run.
 */
final class Hashes {

	private Hashes() {
	}

	static long of(String text) {
		long hash = 0xCBF29CE484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001B3L;
		}
		return hash;
	}

	/** SplitMix64's finaliser: every input bit moves about half the output bits. */
	static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
