package vn.newsarchive.system;

import java.util.Optional;

/**
 * Articles per month for one person or one document, counted by the search index (as the
 * search page counts a query's): what their pages chart, whatever the archive's size.
 * Empty when the index cannot answer (being rebuilt): the pages then go without the chart
 * rather than fail.
 */
public interface ArticlesOverTime {

	/** The articles mentioning a person. */
	Optional<MonthlyCounts> mentioning(long personId);

	/** The articles citing a document. */
	Optional<MonthlyCounts> citing(long documentId);

}
