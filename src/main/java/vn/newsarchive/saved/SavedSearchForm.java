package vn.newsarchive.saved;

import vn.newsarchive.search.SearchForm;

/**
 * A search to save: the search page's parameters, read by the same rules, and the name
 * the researcher gives it (blank: one made of the query and its filters).
 */
public class SavedSearchForm extends SearchForm {

	static final int MAX_NAME = 200;

	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
