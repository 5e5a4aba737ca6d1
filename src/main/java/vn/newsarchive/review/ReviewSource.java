package vn.newsarchive.review;

import java.util.List;

/**
 * One kind of thing the archive is unsure of and asks editors about: likely-duplicate
 * persons, inferred dates, readers' reports, unresolved references. A source is one small
 * class: it counts and lists its open items (those without a {@link ReviewDecision}), a
 * page at a time, from an index. The queue finds every source bean by itself.
 */
public interface ReviewSource {

	/** The source's name in addresses and in {@code review_decision.source}. */
	String name();

	/** Open items, bounded by an index. */
	long count();

	/** A page of open items, oldest subject first. */
	List<ReviewItem> items(int page, int size);

	/**
	 * Where accepting an item leads, or {@code null} when accepting only records the
	 * decision (a pair of persons is accepted by merging them on the merge page: the pair
	 * then leaves the queue by itself).
	 */
	default String acceptPath(String subject) {
		return null;
	}

}
