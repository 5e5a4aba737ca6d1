package vn.newsarchive.review;

/** What a reader says is wrong with an article. */
public enum ReportedProblem {

	PERSON, DATE, DOCUMENT, TEXT, DUPLICATE, OTHER

}
