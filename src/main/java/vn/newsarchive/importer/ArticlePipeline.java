package vn.newsarchive.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.newsarchive.importer.decode.UnreadableArticleException;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.SegmentedArticle;

/**
 * The whole importer in its fixed order: decode, normalise and segment
 * ({@link ArticleReader}), then persons, documents and meetings
 * ({@link EntityExtractor}). Stateless and thread-safe.
 */
public final class ArticlePipeline implements ArticleExtractor {

	private final ArticleReader reader;

	private final EntityExtractor entities;

	public ArticlePipeline() {
		this(new ArticleReader(), new EntityExtractor());
	}

	public ArticlePipeline(ArticleReader reader, EntityExtractor entities) {
		this.reader = reader;
		this.entities = entities;
	}

	@Override
	public ExtractedArticle extract(String fileName, byte[] content) {
		SegmentedArticle article;
		try {
			article = this.reader.read(content, fileName);
		}
		catch (UnreadableArticleException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		Entities found = this.entities.extract(article);
		return new ExtractedArticle(fileName, contentHash(article),
				PublicationInference.apply(article, found.meetings(), found.documents()), found.persons(),
				found.resolutions(), found.meetings());
	}

	/**
	 * The article's identity for duplicate detection: its clean text, so the same story
	 * saved twice, in another encoding or with other web noise around it, is still one
	 * article.
	 */
	static String contentHash(SegmentedArticle article) {
		StringBuilder text = new StringBuilder();
		text.append((article.title() != null) ? article.title() : "").append('\n');
		article.body().forEach((paragraph) -> text.append(paragraph).append('\n'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
