package vn.newsarchive.search;

import java.lang.reflect.Field;

import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.query.LuceneSearchQuery;
import org.hibernate.search.engine.search.query.SearchQuery;

/**
 * The Lucene query behind a Hibernate Search query, so {@link FacetTally} can visit
 * exactly the hits the search page counts: the same predicates, analysis and the filters
 * Hibernate Search adds itself, with no second translation of our own to drift apart.
 * Hibernate Search keeps it in a private field of its Lucene query ({@code luceneQuery}
 * in 8.3); {@code FacetTallyTest} fails if a new version moves it.
 */
final class HitQueries {

	private HitQueries() {
	}

	static Query luceneQuery(SearchQuery<?> query) {
		LuceneSearchQuery<?> lucene = query.extension(LuceneExtension.get());
		try {
			Field field = lucene.getClass().getDeclaredField("luceneQuery");
			field.setAccessible(true);
			return (Query) field.get(lucene);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("This Hibernate Search version keeps its Lucene query elsewhere: " + ex,
					ex);
		}
	}

}
