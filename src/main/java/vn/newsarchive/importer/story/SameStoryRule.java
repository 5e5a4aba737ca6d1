package vn.newsarchive.importer.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether two articles are copies of one story. Measured on real pairs (see
 * {@code SameStoryRuleTests}): seed 001 and another site's capture of its first part
 * share J = 0.44 of their shingles and the shorter is wholly in the longer (C = 1.0); the
 * opening and the closing session of one inspection delegation, six months apart, are
 * written from the same template: J = 0.18 but C = 0.82; unrelated party-work articles
 * stay below J = 0.08 and C = 0.19. So a near-whole copy (J ≥ {@value #COPY_JACCARD}) is
 * the same story whatever its date; an excerpt (C ≥ {@value #EXCERPT_CONTAINMENT}) only
 * when published within {@value #EXCERPT_DAYS} days of the other, and only when long
 * enough for the estimate to mean something. Text alone does not tell a copy from another
 * article of one template (agency boilerplate: J = 0.66 to 0.80 between two reports of
 * different resolutions with different chairs): articles naming different people or
 * different coded documents ({@link StoryNames}) are never one story.
 */
public final class SameStoryRule {

	static final double VERBATIM_JACCARD = 0.9;

	static final double COPY_JACCARD = 0.6;

	static final double EXCERPT_CONTAINMENT = 0.9;

	static final long EXCERPT_DAYS = 31;

	/** Shingles of the shorter text: a few sentences, not a shared title chain. */
	static final int EXCERPT_MIN_SHINGLES = 60;

	private SameStoryRule() {
	}

	/**
	 * Whether the two are one story, their text and the people and documents they name
	 * compared.
	 */
	public static boolean sameStory(StorySignature a, StoryNames namesA, LocalDate publishedA, StorySignature b,
			StoryNames namesB, LocalDate publishedB) {
		return !namesA.contradicts(namesB) && sameStory(a, publishedA, b, publishedB);
	}

	/**
	 * Whether the two texts are one story.
	 * @param publishedA the first article's publication date, null when unknown
	 * @param publishedB the second's
	 */
	public static boolean sameStory(StorySignature a, LocalDate publishedA, StorySignature b, LocalDate publishedB) {
		if (a.shingles() == 0 || b.shingles() == 0) {
			return false;
		}
		double jaccard = a.jaccard(b);
		if (jaccard >= VERBATIM_JACCARD) {
			return true;
		}
		boolean near = publishedA == null || publishedB == null
				|| Math.abs(ChronoUnit.DAYS.between(publishedA, publishedB)) <= EXCERPT_DAYS;
		return near && (jaccard >= COPY_JACCARD || (Math.min(a.shingles(), b.shingles()) >= EXCERPT_MIN_SHINGLES
				&& a.containment(b) >= EXCERPT_CONTAINMENT));
	}

}
