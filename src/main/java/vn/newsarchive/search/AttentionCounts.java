package vn.newsarchive.search;

import java.io.UncheckedIOException;
import java.util.Optional;

import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.newsarchive.system.ArticlesOverTime;
import vn.newsarchive.system.MonthlyCounts;
import vn.newsarchive.system.SearchSettings;

/**
 * Attention over time: articles per month for a query, a person or a document, counted by
 * the index in the pass that counts a search's hits and facets ({@link ArticleCounts}),
 * over a month field of each article: the cost is the search's, whatever the archive's
 * size, on Lucene and on OpenSearch alike. Stories count once, as in search.
 */
@Service
public class AttentionCounts implements ArticlesOverTime {

	private static final Logger log = LoggerFactory.getLogger(AttentionCounts.class);

	private final ArticleCounts counts;

	private final SearchSettings limits;

	AttentionCounts(ArticleCounts counts, SearchSettings limits) {
		this.counts = counts;
		this.limits = limits;
	}

	/** A search's articles per month; empty when the query cannot run. */
	public Optional<MonthlyCounts> matching(SearchQuery query) {
		if (QueryText.problem(query, this.limits).isPresent()) {
			return Optional.empty();
		}
		return count(query);
	}

	@Override
	public Optional<MonthlyCounts> mentioning(long personId) {
		return count(SearchQuery.of("").withPerson(personId));
	}

	@Override
	public Optional<MonthlyCounts> citing(long documentId) {
		return count(SearchQuery.of("").withDocument(documentId));
	}

	private Optional<MonthlyCounts> count(SearchQuery query) {
		try {
			// no query text: no document key to look up
			return Optional.of(this.counts.months(query, (keys) -> true));
		}
		catch (SearchException | UncheckedIOException | ArticleCounts.TimedOut ex) {
			// the chart only adds to a page: an index being rebuilt (SearchIndexHealth)
			// or a count out of time costs the reader the chart, never the page
			log.warn("No articles per month for {}: the index did not answer ({})", query, ex.getMessage());
			return Optional.empty();
		}
	}

}
