package vn.newsarchive.testdata;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;

/**
 * Empties the test context's search index. Tests empty the database with TRUNCATE, which
 * the index never hears of, and the next rows reuse the same ids.
 */
public final class SearchIndex {

	private SearchIndex() {
	}

	public static void purge(EntityManagerFactory entityManagerFactory) {
		var workspace = Search.mapping(entityManagerFactory).scope(Object.class).workspace();
		workspace.purge();
		workspace.refresh();
	}

	/**
	 * The index rebuilt from the database, for a test that searches text over the records
	 * it has just written: the index may still hold an earlier test's articles.
	 */
	public static void rebuild(EntityManagerFactory entityManagerFactory) {
		try {
			Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().startAndWait();
			Search.mapping(entityManagerFactory).scope(Object.class).workspace().refresh();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
