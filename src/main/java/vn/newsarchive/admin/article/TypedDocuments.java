package vn.newsarchive.admin.article;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.newsarchive.importer.EntityExtractor;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.SegmentedArticle;

/**
 * A document an editor types ("26-NQ/TW", "Kết luận số 21-KL/TW", a suggestion's label),
 * read by the importer's own document rules, so a document added by hand is the one an
 * import of the same citation would link.
 */
@Component
class TypedDocuments {

	private final EntityExtractor entities = new EntityExtractor();

	Optional<DocumentReference> read(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		// a suggestion's label is "code (term) – title": the title may cite other
		// documents
		String citation = typed.split(" – ", 2)[0].strip();
		SegmentedArticle sentence = new SegmentedArticle(null, null, null, null, List.of(), List.of(), List.of(),
				List.of(), List.of(citation), null);
		return this.entities.extract(sentence).resolutions().stream().findFirst();
	}

}
