package vn.newsarchive.importer.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The documents of one article, built mention by mention. One code may stand for two
 * documents ("Chỉ thị số 35-CT/TW, ngày 30/5/2019" and, in the same sentence, the new
 * "Chỉ thị số 35-CT/TW" of 14/6/2024): a mention that dates or terms its document joins
 * the one it agrees with, else starts another; a mention saying neither joins the latest
 * issued, as the archive does across articles. Not thread-safe: one per extraction.
 */
final class CitedDocuments {

	private record Undated(CodedCitation code, DocumentDetails details, int passage, long order) {
	}

	private final List<CitedDocument> documents = new ArrayList<>();

	private final List<Undated> undated = new ArrayList<>();

	void coded(CodedCitation code, DocumentDetails details, int passage, long order) {
		if (details.date() == null && details.term() == null) {
			this.undated.add(new Undated(code, details, passage, order));
			return;
		}
		first((d) -> code.code().equals(d.code) && d.agrees(details)).orElseGet(() -> start(code, order))
			.add(details, passage, order);
	}

	/**
	 * The coded mentions that said neither date nor term, once all the others are in:
	 * only then is it known which documents the code stands for.
	 */
	void settleUndated() {
		for (Undated mention : this.undated) {
			latest((d) -> mention.code().code().equals(d.code)).orElseGet(() -> start(mention.code(), mention.order()))
				.add(mention.details(), mention.passage(), mention.order());
		}
		this.undated.clear();
	}

	/**
	 * A document cited by kind and number: the coded one of the article with that kind
	 * and number when there is one, else a document of its own (with no invented code).
	 */
	void numbered(DocumentType type, String number, DocumentDetails details, int passage, long order) {
		Predicate<CitedDocument> same = (d) -> d.type.equals(type) && d.number.equals(number) && d.agrees(details);
		Optional<CitedDocument> coded = latest(same.and((d) -> d.code != null));
		if (coded.isPresent()) {
			coded.get().cite(passage);
			return;
		}
		first(same.and((d) -> d.code == null)).orElseGet(() -> {
			CitedDocument document = new CitedDocument(null, type, number, details.body(), order);
			this.documents.add(document);
			return document;
		}).add(details, passage, order);
	}

	List<DocumentCitation> citations() {
		return this.documents.stream()
			.sorted(Comparator.comparingLong(CitedDocument::order))
			.map(CitedDocument::citation)
			.toList();
	}

	private CitedDocument start(CodedCitation code, long order) {
		CitedDocument document = new CitedDocument(code.code(), code.type(), code.number(), code.issuer(), order);
		this.documents.add(document);
		return document;
	}

	private Optional<CitedDocument> first(Predicate<CitedDocument> which) {
		return this.documents.stream().filter(which).findFirst();
	}

	/** The one issued last; undated ones count as older, ties go to the first cited. */
	private Optional<CitedDocument> latest(Predicate<CitedDocument> which) {
		return this.documents.stream()
			.filter(which)
			.reduce((a, b) -> (b.date() != null && (a.date() == null || b.date().isAfter(a.date()))) ? b : a);
	}

}
