package vn.newsarchive.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.newsarchive.testdata.TestOpenSearch;

/**
 * The relevance tests again, with the index on OpenSearch (its Elasticsearch backend and
 * {@link OpenSearchAnalysis}) instead of Lucene: the same seeds must come first for the
 * same queries on both.
 */
class ArticleSearchRelevanceOnOpenSearchIT extends ArticleSearchRelevanceTest {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		TestOpenSearch.register(registry);
	}

}
