package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import vn.newsarchive.system.MonthlyCounts;

/**
 * Counts every hit of a query and, for each facet, how many hits hold each value, read
 * from each segment's values kept as arrays ({@link SegmentFacets}) into arrays indexed
 * by value (years, database ids, the source's ordinals). Hibernate Search's terms
 * aggregations do the same through a hash map and a nested collector per value, which
 * made the person and document facets most of the cost of a search whose hits are most of
 * the archive.
 */
final class FacetTally implements Collector {

	private long hits;

	private final ValueCounts years = new ValueCounts();

	private final ValueCounts months = new ValueCounts();

	private final ValueCounts persons = new ValueCounts();

	private final ValueCounts documents = new ValueCounts();

	private final Map<String, Long> sources = new HashMap<>();

	/** The source counts of the segment being read, by ordinal, folded in at its end. */
	private SourceOrdinals segmentSources;

	/**
	 * Whether only the hits, years and months are counted (the attention chart): the
	 * persons, documents and sources are most of the tally's look-ups.
	 */
	private final boolean monthsOnly;

	private FacetTally(boolean monthsOnly) {
		this.monthsOnly = monthsOnly;
	}

	/** For one search, single-threaded (the index searcher has no executor). */
	static CollectorManager<FacetTally, FacetTally> manager() {
		return manager(false);
	}

	/**
	 * Counts the hits, years and months alone: {@link #months()} as {@link #manager()}
	 * counts them, every other facet empty.
	 */
	static CollectorManager<FacetTally, FacetTally> monthsOnly() {
		return manager(true);
	}

	private static CollectorManager<FacetTally, FacetTally> manager(boolean monthsOnly) {
		return new CollectorManager<>() {

			@Override
			public FacetTally newCollector() {
				return new FacetTally(monthsOnly);
			}

			@Override
			public FacetTally reduce(Collection<FacetTally> tallies) {
				FacetTally all = new FacetTally(monthsOnly);
				for (FacetTally tally : tallies) {
					tally.foldSegmentSources();
					all.hits += tally.hits;
					all.years.add(tally.years);
					all.months.add(tally.months);
					all.persons.add(tally.persons);
					all.documents.add(tally.documents);
					tally.sources.forEach((source, count) -> all.sources.merge(source, count, Long::sum));
				}
				return all;
			}

		};
	}

	long hits() {
		return this.hits;
	}

	/** The newest {@code size} years, newest first. */
	Map<Integer, Long> years(int size) {
		Map<Integer, Long> newest = new LinkedHashMap<>();
		for (long year = this.years.maxValue(); year >= 0 && newest.size() < size; year--) {
			if (this.years.count(year) > 0) {
				newest.put((int) year, (long) this.years.count(year));
			}
		}
		return newest;
	}

	/** The hits per month, per year alone and undated. */
	MonthlyCounts months() {
		return ArticleMonths.counts(this.months.top(Integer.MAX_VALUE), this.years.top(Integer.MAX_VALUE), this.hits);
	}

	/** The {@code size} persons (ids) most hits mention, most first. */
	Map<Long, Long> persons(int size) {
		return this.persons.top(size);
	}

	/** The {@code size} documents (ids) most hits cite, most first. */
	Map<Long, Long> documents(int size) {
		return this.documents.top(size);
	}

	/** The {@code size} most frequent sources, most first, then by name. */
	Map<String, Long> sources(int size) {
		Map<String, Long> top = new LinkedHashMap<>();
		this.sources.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(size)
			.forEach((e) -> top.put(e.getKey(), e.getValue()));
		return top;
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) {
		foldSegmentSources();
		SegmentFacets facets = SegmentFacets.of(context.reader());
		boolean everyFacet = !this.monthsOnly;
		SourceOrdinals ordinals = new SourceOrdinals(facets.sourceNames,
				new int[everyFacet ? facets.sourceNames.length : 0]);
		this.segmentSources = ordinals;
		return new LeafCollector() {

			@Override
			public void setScorer(Scorable scorer) {
			}

			@Override
			public void collect(int doc) {
				FacetTally.this.hits++;
				count(facets.years, doc, FacetTally.this.years);
				count(facets.months, doc, FacetTally.this.months);
				if (everyFacet) {
					count(facets.persons, doc, FacetTally.this.persons);
					count(facets.documents, doc, FacetTally.this.documents);
					SegmentFacets.Column sources = facets.sources;
					for (int i = sources.start()[doc]; i < sources.start()[doc + 1]; i++) {
						ordinals.counts()[(int) sources.values()[i]]++;
					}
				}
			}

		};
	}

	/** Each value of the hit once (the column holds them so). */
	private static void count(SegmentFacets.Column column, int doc, ValueCounts counts) {
		for (int i = column.start()[doc]; i < column.start()[doc + 1]; i++) {
			counts.add(column.values()[i]);
		}
	}

	private void foldSegmentSources() {
		SourceOrdinals ordinals = this.segmentSources;
		this.segmentSources = null;
		if (ordinals == null) {
			return;
		}
		for (int ord = 0; ord < ordinals.counts().length; ord++) {
			if (ordinals.counts()[ord] > 0) {
				this.sources.merge(ordinals.names()[ord], (long) ordinals.counts()[ord], Long::sum);
			}
		}
	}

	private record SourceOrdinals(String[] names, int[] counts) {
	}

	/**
	 * Counts by value in an array that grows to the largest value seen: years and
	 * database ids are small, dense numbers. Others (never written by this archive) go to
	 * a map.
	 */
	static final class ValueCounts {

		private static final long MAX_INDEXED = 50_000_000;

		private int[] counts = new int[64];

		private long maxValue = -1;

		private final Map<Long, Integer> others = new HashMap<>();

		void add(long value) {
			add(value, 1);
		}

		void add(ValueCounts other) {
			for (int value = 0; value <= other.maxValue; value++) {
				if (other.counts[value] > 0) {
					add(value, other.counts[value]);
				}
			}
			other.others.forEach((value, count) -> add(value, count));
		}

		private void add(long value, int count) {
			if (value < 0 || value > MAX_INDEXED) {
				this.others.merge(value, count, Integer::sum);
				return;
			}
			if (value >= this.counts.length) {
				this.counts = Arrays.copyOf(this.counts, (int) Math.max(value + 1, this.counts.length * 2L));
			}
			this.counts[(int) value] += count;
			this.maxValue = Math.max(this.maxValue, value);
		}

		int count(long value) {
			if (value >= 0 && value <= MAX_INDEXED) {
				return (value < this.counts.length) ? this.counts[(int) value] : 0;
			}
			return this.others.getOrDefault(value, 0);
		}

		long maxValue() {
			return this.maxValue;
		}

		/** The {@code size} values counted most, most first, then the smaller value. */
		Map<Long, Long> top(int size) {
			List<long[]> all = new ArrayList<>();
			for (int value = 0; value <= this.maxValue; value++) {
				if (this.counts[value] > 0) {
					all.add(new long[] { value, this.counts[value] });
				}
			}
			this.others.forEach((value, count) -> all.add(new long[] { value, count }));
			all.sort(Comparator.<long[]>comparingLong((e) -> -e[1]).thenComparingLong((e) -> e[0]));
			Map<Long, Long> top = new LinkedHashMap<>();
			all.stream().limit(size).forEach((e) -> top.put(e[0], e[1]));
			return top;
		}

	}

}
