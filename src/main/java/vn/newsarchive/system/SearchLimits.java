package vn.newsarchive.system;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one query may cost. Fuzzy ({@code word~2}) and prefix ({@code word*}) terms each
 * expand into many index terms: eighty of them from eight clients once slowed every
 * search from 15 ms to over a second.
 *
 * @param maxExpandingTerms fuzzy and prefix terms one query may hold
 * @param maxWords words one query may hold (a real query has a handful)
 * @param timeout how long a query may run before the reader is told to narrow it
 */
public record SearchLimits(@DefaultValue("4") int maxExpandingTerms, @DefaultValue("40") int maxWords,
		@DefaultValue("3s") Duration timeout) {

	/** The defaults, for code that runs without Spring (benchmarks). */
	public static final SearchLimits DEFAULT = new SearchLimits(4, 40, Duration.ofSeconds(3));

}
