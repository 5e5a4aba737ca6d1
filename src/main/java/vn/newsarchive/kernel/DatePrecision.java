package vn.newsarchive.kernel;

/** How much of a date the source text actually gave. */
public enum DatePrecision {

	MINUTE, DAY, MONTH, YEAR

}
