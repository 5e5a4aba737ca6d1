package vn.newsarchive.admin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.newsarchive.importer.ArticleExtractor;
import vn.newsarchive.importer.decode.UnreadableArticleException;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;

/**
 * Stands in for the extraction pipeline: a file name registered here extracts to its
 * article, any other file is refused as unreadable. Imported explicitly by
 * {@link AdminTest}, not a @TestConfiguration: nothing that scans packages may find it.
 */
public class FakeExtractor {

	public static final Map<String, ExtractedArticle> EXTRACTIONS = new ConcurrentHashMap<>();

	@Bean
	@Primary
	ArticleExtractor fakeArticleExtractor() {
		return (name, content) -> {
			ExtractedArticle extracted = EXTRACTIONS.get(name);
			if (extracted == null) {
				// as the real pipeline refuses: the reason travels as the cause
				String message = "no Vietnamese text found in " + name;
				throw new IllegalArgumentException(message,
						new UnreadableArticleException(UnreadableArticleException.Reason.NOT_VIETNAMESE, message));
			}
			return extracted;
		};
	}

	/** Registers a plain article (no people, documents or meetings) under a file name. */
	public static ExtractedArticle register(String fileName, String hash, String title) {
		SegmentedArticle segmented = new SegmentedArticle(title, null, PartialDate.day(2019, 11, 6, false), "TGVN",
				List.of(), List.of(), List.of(), List.of(), List.of("Đoạn văn " + hash), null);
		ExtractedArticle extracted = new ExtractedArticle(fileName, hash, segmented, List.of(), List.of(), List.of());
		EXTRACTIONS.put(fileName, extracted);
		return extracted;
	}

}
