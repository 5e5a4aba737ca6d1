package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.resolution.PartyTerms;
import vn.newsarchive.resolution.Resolution;

/**
 * What makes a cited document one document: its canonical citation, the term a party
 * document is of, its type code, and which of the stored documents of the same number it
 * is. Shared by the import ({@link ResolutionResolver}) and the editors' preview
 * ({@link ArchiveIdentities}), so that the two never join a citation to different
 * records.
 */
final class DocumentIdentity {

	private static final Set<String> CENTRAL_BODIES = Set.of("bộ chính trị", "ban bí thư", "ban chấp hành trung ương",
			"ban chấp hành trung ương đảng", "trung ương", "trung ương đảng", "tw");

	private DocumentIdentity() {
	}

	/**
	 * The same document cited with and without its code: "Quyết định 209 của Bộ Chính
	 * trị" is 209-QĐ/TW, since the Politburo, the Secretariat and the Central Committee
	 * all issue as TW; "05" and "5" are one number.
	 */
	static DocumentReference canonical(DocumentReference reference) {
		String issuer = reference.issuer();
		if (issuer != null && CENTRAL_BODIES.contains(issuer.toLowerCase(Locale.ROOT))) {
			issuer = "TW";
		}
		String number = reference.number().replaceFirst("^0+(?=\\d)", "");
		return new DocumentReference(reference.code(), reference.kind(), number, issuer, reference.date(),
				reference.term(), reference.plenum(), reference.title());
	}

	/**
	 * The term a citation gives, else, for a party document, the term in force on the
	 * date it was issued.
	 */
	static String term(DocumentReference reference) {
		String term = reference.term();
		if (term == null && isPartyDocument(reference)) {
			term = PartyTerms.termOn(reference.date());
		}
		return term;
	}

	/**
	 * The order new documents are claimed in, so that two writers never wait on each
	 * other in a cycle.
	 */
	static String claimOrder(DocumentReference reference) {
		return reference.kind() + '\u0000' + reference.number() + '\u0000' + reference.issuer();
	}

	static Optional<Resolution> pick(List<Resolution> sameNumber, String term, LocalDate issuedOn,
			LocalDate publishedOn) {
		List<Resolution> compatible = sameNumber.stream()
			.filter((r) -> term == null || r.getTerm() == null || r.getTerm().equals(term))
			.filter((r) -> issuedOn == null || r.getIssuedOn() == null || r.getIssuedOn().equals(issuedOn))
			.toList();
		// a document already stored with this very term is the one; filling in another's
		// missing term would give it the same identity
		List<Resolution> sameTerm = compatible.stream()
			.filter((r) -> term != null && term.equals(r.getTerm()))
			.toList();
		if (!sameTerm.isEmpty()) {
			compatible = sameTerm;
		}
		// likewise a document stored with this very date
		List<Resolution> sameDate = compatible.stream()
			.filter((r) -> issuedOn != null && issuedOn.equals(r.getIssuedOn()))
			.toList();
		if (!sameDate.isEmpty()) {
			compatible = sameDate;
		}
		if (compatible.size() <= 1 || publishedOn == null) {
			return compatible.stream().findFirst();
		}
		return compatible.stream()
			.filter((r) -> r.getIssuedOn() == null || !r.getIssuedOn().isAfter(publishedOn))
			.max(Comparator.comparing(Resolution::getIssuedOn, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	/**
	 * Party codes are NUMBER-TYPE/ISSUER ("26-NQ/TW"); state codes put the type after the
	 * slash.
	 */
	private static boolean isPartyDocument(DocumentReference reference) {
		return reference.code() == null || reference.code().matches("[0-9]+-[^/]+/.+");
	}

	static String typeCode(DocumentReference reference) {
		String code = reference.code();
		if (code == null) {
			return null;
		}
		if (code.matches("[0-9]+-[^/]+/.+")) {
			return code.substring(code.indexOf('-') + 1, code.indexOf('/'));
		}
		int slash = code.lastIndexOf('/');
		String tail = code.substring(slash + 1);
		return (tail.contains("-")) ? tail.substring(0, tail.indexOf('-')) : tail;
	}

}
