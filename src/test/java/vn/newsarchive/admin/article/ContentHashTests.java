package vn.newsarchive.admin.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.newsarchive.importer.ArticlePipeline;
import vn.newsarchive.importer.model.ExtractedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article typed by an editor and the same story imported from a file are one record.
 */
class ContentHashTests {

	@Test
	void theAdminHashIsTheImportersHash() throws Exception {
		Path seed = Path.of("seeds/000_c2fa52de5c97c5b3.txt");
		ExtractedArticle extracted = new ArticlePipeline().extract(seed.toString(), Files.readAllBytes(seed));
		assertThat(ContentHash.of(extracted.article().title(), extracted.article().body()))
			.isEqualTo(extracted.contentHash());
	}

	@Test
	void nfdAndNfcTextHashAlike() {
		String title = "Hội nghị kiểm điểm";
		assertThat(ContentHash.of(Normalizer.normalize(title, Normalizer.Form.NFD), List.of("Đoạn một.")))
			.isEqualTo(ContentHash.of(title, List.of("Đoạn một.")));
	}

}
