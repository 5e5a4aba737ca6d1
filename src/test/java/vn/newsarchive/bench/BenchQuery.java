package vn.newsarchive.bench;

/**
 * One query of the fixed mix: what a reader types, optional person and document filters
 * (by name and code as a researcher picks them from the facets), and the words a relevant
 * hit contains, spelled with diacritics, to judge the ranking.
 */
record BenchQuery(String kind, String text, String person, String document, String relevant) {

	static BenchQuery of(String kind, String text, String relevant) {
		return new BenchQuery(kind, text, null, null, relevant);
	}

}
