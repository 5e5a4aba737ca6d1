package vn.newsarchive.admin.article;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import vn.newsarchive.admin.EditorText;
import vn.newsarchive.admin.article.ArticlePreview.Linked;
import vn.newsarchive.admin.article.ArticlePreview.LinkedDocument;
import vn.newsarchive.importer.ArticleExtractor;
import vn.newsarchive.importer.decode.UnreadableArticleException;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.store.ArchiveIdentities;
import vn.newsarchive.importer.store.ArchiveIdentities.DocumentMatch;
import vn.newsarchive.importer.store.ImportOutcome;
import vn.newsarchive.importer.store.ImportService;
import vn.newsarchive.importer.store.StoryGrouping;
import vn.newsarchive.importer.story.StoryNames;
import vn.newsarchive.importer.story.StorySignature;
import vn.newsarchive.kernel.PartialDate;

/**
 * An article from raw text: the importer's pipeline reads it, the preview says what each
 * person and document would link to (creating nothing), and the corrected extraction is
 * stored by the import service itself, so a preview saved and a file imported never
 * disagree.
 */
@Service
class ArticlePreviewService {

	private final ArticleExtractor extractor;

	private final ImportService importer;

	private final ArchiveIdentities identities;

	private final ArticleAdminRepository queries;

	private final TypedDocuments typedDocuments;

	private final StoryGrouping stories;

	ArticlePreviewService(ArticleExtractor extractor, ImportService importer, ArchiveIdentities identities,
			ArticleAdminRepository queries, TypedDocuments typedDocuments, StoryGrouping stories) {
		this.stories = stories;
		this.extractor = extractor;
		this.importer = importer;
		this.identities = identities;
		this.queries = queries;
		this.typedDocuments = typedDocuments;
	}

	/**
	 * The form for what the pipeline found in the content.
	 * @throws UnreadableInputException when it is no article, with the reason's message
	 * key
	 */
	ArticleDraftForm read(String fileName, byte[] content, String raw) {
		try {
			return DraftAdapter.toForm(this.extractor.extract(fileName, content), raw);
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableInputException((ex.getCause() instanceof UnreadableArticleException unreadable)
					? "admin.preview.unreadable." + unreadable.getReason() : "admin.preview.unreadable");
		}
	}

	@Transactional(readOnly = true)
	ArticlePreview describe(ArticleDraftForm form) {
		ExtractedArticle draft = DraftAdapter.toExtracted(form);
		PartialDate published = draft.article().published();
		LocalDate publishedOn = (published != null) ? published.startDate() : null;
		var persons = form.getPersons()
			.stream()
			.map((row) -> (EditorText.clean(row.getName()) != null) ? this.identities.existingPerson(row.getName())
				.map((p) -> new Linked(p.getId(), p.getName(), p.getUrl()))
				.orElse(null) : null)
			.toList();
		var documents = form.getDocuments().stream().map((row) -> {
			DocumentMatch match = this.identities.existingDocument(row.toReference(), publishedOn);
			Linked existing = (match.existing() != null)
					? new Linked(match.existing().getId(), match.existing().getLabel(), match.existing().getUrl())
					: null;
			return new LinkedDocument(existing, match.term(), match.storable());
		}).toList();
		Linked duplicate = this.queries.findByContentHash(draft.contentHash())
			.map((a) -> new Linked(a.getId(), a.getTitle(), a.getUrl()))
			.orElse(null);
		Linked sameStory = (duplicate != null) ? null : this.stories
			.find(StorySignature.of(draft.article()), StoryNames.of(draft), publishedOn)
			.flatMap((same) -> this.queries.findById(same.articleId()))
			.map((a) -> new Linked(a.getId(),
					(a.getSource() != null) ? a.getTitle() + " (" + a.getSource() + ")" : a.getTitle(), a.getUrl()))
			.orElse(null);
		return new ArticlePreview(persons, documents, duplicate, draft.article().dropped(), draft.article().teasers(),
				sameStory);
	}

	/**
	 * Moves the person and the document typed into the "add" fields into the lists; a
	 * document the importer cannot read stays typed, with a message on its field.
	 */
	void addTyped(ArticleDraftForm form, BindingResult result) {
		String name = EditorText.clean(form.getAddPersonName());
		if (name != null) {
			form.getPersons().add(new DraftPerson(name, EditorText.clean(form.getAddPersonTitles())));
			form.setAddPersonName(null);
			form.setAddPersonTitles(null);
		}
		if (EditorText.clean(form.getAddDocument()) != null) {
			Optional<DocumentReference> document = this.typedDocuments.read(form.getAddDocument());
			if (document.isPresent()) {
				form.getDocuments().add(DraftDocument.of(document.get()));
				form.setAddDocument(null);
			}
			else {
				result.rejectValue("addDocument", "admin.preview.document.unreadable");
			}
		}
	}

	ImportOutcome save(ArticleDraftForm form) {
		return this.importer.importEdited(DraftAdapter.toExtracted(form));
	}

	/** Raw input that holds no article; the message key says why. */
	static class UnreadableInputException extends RuntimeException {

		UnreadableInputException(String messageKey) {
			super(messageKey);
		}

	}

}
