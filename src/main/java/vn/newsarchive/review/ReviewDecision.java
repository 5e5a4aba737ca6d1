package vn.newsarchive.review;

/** What an editor made of an item of the review queue; any of them closes it. */
public enum ReviewDecision {

	/** The archive's guess was right. */
	ACCEPTED,
	/** The record was corrected. */
	FIXED,
	/** Nothing to do: the guess was wrong, or the report was not an error. */
	DISMISSED

}
