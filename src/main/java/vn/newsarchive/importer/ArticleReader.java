package vn.newsarchive.importer;

import vn.newsarchive.importer.decode.ArticleDecoder;
import vn.newsarchive.importer.decode.Decoder;
import vn.newsarchive.importer.decode.UnreadableArticleException;
import vn.newsarchive.importer.decode.UnreadableArticleException.Reason;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.segment.ArticleSegmenter;
import vn.newsarchive.importer.segment.Segmenter;
import vn.newsarchive.importer.text.Normaliser;
import vn.newsarchive.importer.text.TextNormaliser;

/**
 * The first half of the importer in its fixed order: decode, normalise, segment.
 * Stateless and thread-safe; the entity stages take its {@link SegmentedArticle}.
 */
public final class ArticleReader {

	private final Decoder decoder;

	private final Normaliser normaliser;

	private final Segmenter segmenter;

	public ArticleReader() {
		this(new ArticleDecoder(), new TextNormaliser(), new ArticleSegmenter());
	}

	public ArticleReader(Decoder decoder, Normaliser normaliser, Segmenter segmenter) {
		this.decoder = decoder;
		this.normaliser = normaliser;
		this.segmenter = segmenter;
	}

	/** The article in a scraped file; rejects files without one, saying why. */
	public SegmentedArticle read(byte[] bytes, String fileName) throws UnreadableArticleException {
		String text = this.normaliser.normalise(this.decoder.decode(bytes, fileName));
		SegmentedArticle article = this.segmenter.segment(text);
		if (article.body().isEmpty() && article.lead() == null) {
			throw new UnreadableArticleException(Reason.NO_BODY,
					((fileName != null) ? fileName : "(unnamed)") + ": no body found (only headline, chrome or links)");
		}
		return article;
	}

}
