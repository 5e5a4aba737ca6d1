package vn.newsarchive.importer;

import vn.newsarchive.importer.model.ExtractedArticle;

/**
 * Turns the raw bytes of one scraped article into clean records. Throws an
 * {@link IllegalArgumentException} (or a subclass) whose message says why a file cannot
 * be read as an article.
 */
@FunctionalInterface
public interface ArticleExtractor {

	ExtractedArticle extract(String fileName, byte[] content);

}
