package vn.newsarchive.search;

import java.util.Locale;

/** The orders a reader can choose for results. */
public enum SearchOrder {

	RELEVANCE, NEWEST, OLDEST;

	/** The sort named by a request parameter; anything unknown is relevance. */
	public static SearchOrder parse(String value) {
		if (value == null) {
			return RELEVANCE;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return RELEVANCE;
		}
	}

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

}
