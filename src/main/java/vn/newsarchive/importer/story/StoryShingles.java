package vn.newsarchive.importer.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.VietnameseText;

/**
 * The story's text as a set of shingles: runs of {@value #SIZE} consecutive syllables,
 * folded (no diacritics, đ as d, lower case) so that NFC or NFD, tone placement and a
 * lost accent do not make two copies of one story differ. Only the title, the lead and
 * the body count: captions, credits, teasers and related titles are what a copy changes.
 * Each shingle is a 64-bit hash; equal sets mean equal wording.
 */
public final class StoryShingles {

	/** Syllables per shingle: four rarely repeat across different stories. */
	static final int SIZE = 4;

	private StoryShingles() {
	}

	/** The distinct shingle hashes of the article's story, sorted. */
	public static long[] of(SegmentedArticle article) {
		List<String> syllables = new ArrayList<>();
		addSyllables(syllables, article.title());
		addSyllables(syllables, article.lead());
		if (article.body() != null) {
			article.body().forEach((paragraph) -> addSyllables(syllables, paragraph));
		}
		return of(syllables);
	}

	/** The distinct shingle hashes of running text, sorted. */
	public static long[] of(String text) {
		List<String> syllables = new ArrayList<>();
		addSyllables(syllables, text);
		return of(syllables);
	}

	private static long[] of(List<String> syllables) {
		if (syllables.isEmpty()) {
			return new long[0];
		}
		int count = Math.max(1, syllables.size() - SIZE + 1);
		long[] hashes = new long[count];
		for (int i = 0; i < count; i++) {
			long hash = 0x9E3779B97F4A7C15L;
			for (int j = i; j < Math.min(i + SIZE, syllables.size()); j++) {
				hash = Hashes.mix(hash ^ Hashes.of(syllables.get(j)));
			}
			hashes[i] = hash;
		}
		return Arrays.stream(hashes).sorted().distinct().toArray();
	}

	/** Splits folded text at everything that is not a letter or a digit. */
	private static void addSyllables(List<String> syllables, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		String folded = VietnameseText.fold(VietnameseText.nfc(text)).toLowerCase(Locale.ROOT);
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
			if (word && start < 0) {
				start = i;
			}
			else if (!word && start >= 0) {
				syllables.add(folded.substring(start, i));
				start = -1;
			}
		}
	}

}
