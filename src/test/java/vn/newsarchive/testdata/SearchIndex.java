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

}
