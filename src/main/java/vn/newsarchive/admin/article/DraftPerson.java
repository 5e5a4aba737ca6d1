package vn.newsarchive.admin.article;

/**
 * A person in the preview as the form carries it: the name as written, the title chain
 * joined by commas, and whether the editor removed them.
 */
public class DraftPerson {

	private String name;

	private String titles;

	private boolean removed;

	public DraftPerson() {
	}

	DraftPerson(String name, String titles) {
		this.name = name;
		this.titles = titles;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTitles() {
		return this.titles;
	}

	public void setTitles(String titles) {
		this.titles = titles;
	}

	public boolean isRemoved() {
		return this.removed;
	}

	public void setRemoved(boolean removed) {
		this.removed = removed;
	}

}
