package vn.newsarchive.search;

import vn.newsarchive.system.DateRange;

/**
 * What a reader or researcher asks: query text (with {@code "phrase"}, {@code -exclude}
 * and {@code OR}), optional filters (person, document, year, source), order and page.
 * Values out of range are made safe here, so every caller gets the same rules.
 *
 * @param q the query text; blank means "everything matching the filters"
 * @param person a person id, or null
 * @param document a document (resolution) id, or null
 * @param year a publication year, or null
 * @param source a source as stored ("TTXVN/Vietnam+"), or null
 * @param sort the order, relevance when null
 * @param page the page, counted from 0
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 * @param dates the publication dates asked for, both ends included, either open
 */
public record SearchQuery(String q, Long person, Long document, Integer year, String source, SearchOrder sort, int page,
		int size, DateRange dates) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Deep pages cost as much as all pages before them; nobody reads past this. */
	public static final int MAX_PAGE = 500;

	public SearchQuery {
		q = (q != null) ? q : "";
		source = (source != null && !source.isBlank()) ? source : null;
		sort = (sort != null) ? sort : SearchOrder.RELEVANCE;
		page = Math.min(Math.max(page, 0), MAX_PAGE);
		size = (size <= 0) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		dates = (dates != null) ? dates : DateRange.ANY;
	}

	/** A query over any publication dates. */
	public SearchQuery(String q, Long person, Long document, Integer year, String source, SearchOrder sort, int page,
			int size) {
		this(q, person, document, year, source, sort, page, size, DateRange.ANY);
	}

	/** The first page of results for a query text, by relevance. */
	public static SearchQuery of(String q) {
		return new SearchQuery(q, null, null, null, null, SearchOrder.RELEVANCE, 0, DEFAULT_SIZE);
	}

	public SearchQuery withPerson(Long person) {
		return new SearchQuery(this.q, person, this.document, this.year, this.source, this.sort, this.page, this.size,
				this.dates);
	}

	public SearchQuery withDocument(Long document) {
		return new SearchQuery(this.q, this.person, document, this.year, this.source, this.sort, this.page, this.size,
				this.dates);
	}

	public SearchQuery withSort(SearchOrder sort) {
		return new SearchQuery(this.q, this.person, this.document, this.year, this.source, sort, this.page, this.size,
				this.dates);
	}

	public boolean hasFilters() {
		return this.person != null || this.document != null || this.year != null || this.source != null
				|| !this.dates.isOpen();
	}

}
