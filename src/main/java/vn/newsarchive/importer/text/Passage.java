package vn.newsarchive.importer.text;

/** One cleaned piece of an article's own text, with the part it came from. */
public record Passage(Part part, int index, String text) {

	/** Where a passage sits in the article. */
	public enum Part {

		TITLE, LEAD, BODY, CAPTION

	}

}
