package vn.newsarchive.search;

import vn.newsarchive.system.DateRange;

/**
 * The search parameters as typed in an address, shared by the page, the JSON API and the
 * CSV export. All are text so that a malformed number is ignored rather than answered
 * with an error: a reader who edits a link by hand still gets a page.
 */
public class SearchForm {

	private String q;

	private String person;

	private String document;

	private String year;

	private String source;

	private String sort;

	private String from;

	private String to;

	private String page;

	private String size;

	/**
	 * The query these parameters ask for.
	 * @throws vn.newsarchive.system.DateRangeException for dates that cannot be read: a
	 * date is the one filter whose typo would silently widen the results, so it is
	 * refused rather than ignored
	 */
	public SearchQuery toQuery() {
		return new SearchQuery(this.q, number(this.person), number(this.document), year(), this.source,
				SearchOrder.parse(this.sort), (int) orZero(number(this.page)), (int) orZero(number(this.size)),
				DateRange.parse(this.from, this.to));
	}

	private Integer year() {
		Long year = number(this.year);
		return (year != null && year > 0 && year < 10_000) ? year.intValue() : null;
	}

	private static long orZero(Long value) {
		return (value != null) ? Math.min(value, Integer.MAX_VALUE) : 0;
	}

	private static Long number(String text) {
		if (text == null || text.isBlank() || text.strip().length() > 12) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getDocument() {
		return this.document;
	}

	public void setDocument(String document) {
		this.document = document;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = page;
	}

	public String getSize() {
		return this.size;
	}

	public void setSize(String size) {
		this.size = size;
	}

}
