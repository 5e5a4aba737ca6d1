package vn.newsarchive.article;

/**
 * The name of the file an article came from, as the {@code file_name} column can hold it:
 * a longer name is shortened in the middle, keeping its start and its extension (it used
 * to refuse a valid article with the database's "value too long").
 */
final class SourceFileName {

	/** The length of the {@code file_name} column. */
	static final int MAX_LENGTH = 300;

	/**
	 * What is kept of the end of a longer name: its extension and the words before it.
	 */
	private static final int KEPT_END = 40;

	private SourceFileName() {
	}

	static String fitted(String fileName) {
		return (fileName != null && fileName.length() > MAX_LENGTH) ? fileName.substring(0, MAX_LENGTH - KEPT_END - 1)
				+ "…" + fileName.substring(fileName.length() - KEPT_END) : fileName;
	}

}
