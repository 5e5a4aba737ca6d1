package vn.newsarchive.search;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.stereotype.Component;

import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.system.ArchiveCommand;

/**
 * {@code reindex}: rebuilds the search index from the database. The caller
 * ({@code CommandRunner}) holds the index lock, so it refuses while the archive runs.
 */
@Component
class ReindexCommand implements ArchiveCommand {

	private final SearchIndexer indexer;

	private final ArticleRepository articles;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	ReindexCommand(SearchIndexer indexer, ArticleRepository articles) {
		this.indexer = indexer;
		this.articles = articles;
	}

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public int run(String[] args) {
		try {
			Duration took = this.indexer.rebuild();
			this.out.printf("Reindexed %d articles with their persons and documents in %.1f s.%n",
					this.articles.count(), took.toMillis() / 1000.0);
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.out.println("Reindexing was interrupted; run 'reindex' again.");
			return 1;
		}
	}

}
