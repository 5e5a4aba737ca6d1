package vn.newsarchive.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
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

	final ValueCounts years = new ValueCounts();

	final ValueCounts months = new ValueCounts();

	final ValueCounts persons = new ValueCounts();

	final ValueCounts documents = new ValueCounts();

	private final Map<String, Long> sources = new HashMap<>();

	/** The segment being read; its hits and sources are added at its end. */
	private SegmentTally segment;

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
				tallies.forEach(FacetTally::foldSegment);
				if (tallies.size() == 1) {
					// one slice (the searcher has no executor): nothing to add up
					return tallies.iterator().next();
				}
				FacetTally all = new FacetTally(monthsOnly);
				for (FacetTally tally : tallies) {
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
		return ArticleMonths.counts(this.months.all(), this.years.all(), this.hits);
	}

	/**
	 * {@link #months()}, with the counts read now (the arrays go back to
	 * {@link CountArrays} afterwards) and sorted into months, once, when first asked for.
	 */
	Supplier<MonthlyCounts> monthsWhenAsked() {
		Map<Long, Long> months = this.months.all();
		Map<Long, Long> years = this.years.all();
		long hits = this.hits;
		AtomicReference<MonthlyCounts> sorted = new AtomicReference<>();
		return () -> sorted.updateAndGet((done) -> (done != null) ? done : ArticleMonths.counts(months, years, hits));
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
		foldSegment();
		this.segment = new SegmentTally(SegmentFacets.of(context.reader()), this, !this.monthsOnly);
		return this.segment;
	}

	/**
	 * Gives the large count arrays back once the counts have been read: the tally is
	 * empty afterwards.
	 */
	void release() {
		this.years.release();
		this.months.release();
		this.persons.release();
		this.documents.release();
	}

	void addHits(long hits) {
		this.hits += hits;
	}

	void addSource(String source, long hits) {
		this.sources.merge(source, hits, Long::sum);
	}

	private void foldSegment() {
		if (this.segment != null) {
			this.segment.fold(this);
			this.segment = null;
		}
	}

}
