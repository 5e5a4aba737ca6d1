package vn.newsarchive.system;

/**
 * The search index's part in a command that writes articles in bulk ({@code import}):
 * before the first write, an index with nothing in it yet is marked as the running
 * code's, so that the next start finds it whole instead of rebuilding it. Declared here
 * so that the writers need not know the search feature, which reads what they write.
 */
public interface IndexAdoption {

	/**
	 * Marks an empty index as of this code's layout; an index holding anything is left.
	 */
	void adoptIfEmpty();

}
