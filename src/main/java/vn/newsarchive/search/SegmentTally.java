package vn.newsarchive.search;

import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;

/**
 * {@link FacetTally}'s collector for one segment: each hit's facet values, read from the
 * segment's arrays ({@link SegmentFacets}), counted straight into the tally's arrays,
 * sized for the segment's largest values before its first hit so that a hit costs array
 * increments alone. The hits and the sources (by the segment's ordinals) are counted here
 * and added to the tally by {@link #fold}.
 */
final class SegmentTally implements LeafCollector {

	private final SegmentFacets facets;

	private final Counted years;

	private final Counted months;

	/** Null when only the hits, years and months are counted. */
	private final Counted persons;

	private final Counted documents;

	private final int[] sources;

	private int hits;

	SegmentTally(SegmentFacets facets, FacetTally tally, boolean everyFacet) {
		this.facets = facets;
		this.years = new Counted(facets.years, tally.years);
		this.months = new Counted(facets.months, tally.months);
		this.persons = everyFacet ? new Counted(facets.persons, tally.persons) : null;
		this.documents = everyFacet ? new Counted(facets.documents, tally.documents) : null;
		this.sources = everyFacet ? new int[facets.sourceNames.length] : null;
	}

	@Override
	public void setScorer(Scorable scorer) {
	}

	@Override
	public void collect(int doc) {
		this.hits++;
		this.years.add(doc);
		this.months.add(doc);
		if (this.persons != null) {
			this.persons.add(doc);
			this.documents.add(doc);
			SegmentFacets.Column column = this.facets.sources;
			long[] values = column.values();
			for (int i = column.start()[doc], end = column.start()[doc + 1]; i < end; i++) {
				this.sources[(int) values[i]]++;
			}
		}
	}

	/** Adds the hits and the sources counted here to the tally. */
	void fold(FacetTally tally) {
		tally.addHits(this.hits);
		if (this.sources != null) {
			for (int ord = 0; ord < this.sources.length; ord++) {
				if (this.sources[ord] > 0) {
					tally.addSource(this.facets.sourceNames[ord], this.sources[ord]);
				}
			}
		}
		this.hits = 0;
	}

	/** One column of the segment and where its values are counted. */
	private static final class Counted {

		private final int[] start;

		private final long[] values;

		/** The tally's array, indexed by value; null: values out of its range. */
		private final int[] counts;

		private final ValueCounts tally;

		Counted(SegmentFacets.Column column, ValueCounts tally) {
			this.start = column.start();
			this.values = column.values();
			this.counts = tally.countsFor(column);
			this.tally = tally;
		}

		void add(int doc) {
			int end = this.start[doc + 1];
			if (this.counts != null) {
				for (int i = this.start[doc]; i < end; i++) {
					int value = (int) this.values[i];
					if (this.counts[value]++ == 0) {
						this.tally.found(value);
					}
				}
			}
			else {
				for (int i = this.start[doc]; i < end; i++) {
					this.tally.add(this.values[i]);
				}
			}
		}

	}

}
