package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.resolution.PartyTerms;
import vn.newsarchive.resolution.Resolution;

/**
 * The coded document a bare reference ("Kết luận 21", "Quy định 37", "Chỉ thị 5") names,
 * when the archive holds exactly one plausible candidate (issue 18.2): a coded document
 * of that kind and number, of the issuer, term and date the reference gives if it gives
 * them, issued no later than the article and in a term that had begun by then. Of
 * several, the one of the term in force when the article was published, if it is the only
 * one. Else none: the reference stays uncoded, for an editor to decide.
 */
final class BareReferences {

	private BareReferences() {
	}

	static Optional<Resolution> pick(List<Resolution> coded, DocumentReference reference, LocalDate publishedOn) {
		LocalDate citedOn = reference.date();
		String termThen = PartyTerms.termOn(publishedOn);
		List<Resolution> plausible = coded.stream()
			.filter((r) -> r.getCode() != null)
			.filter((r) -> reference.issuer() == null || Objects.equals(reference.issuer(), r.getIssuer()))
			.filter((r) -> reference.term() == null || r.getTerm() == null || reference.term().equals(r.getTerm()))
			.filter((r) -> citedOn == null || r.getIssuedOn() == null || citedOn.equals(r.getIssuedOn()))
			.filter((r) -> publishedOn == null || r.getIssuedOn() == null || !r.getIssuedOn().isAfter(publishedOn))
			.filter((r) -> termThen == null || r.getTerm() == null || PartyTerms.notAfter(r.getTerm(), termThen))
			.toList();
		if (plausible.size() > 1 && termThen != null) {
			plausible = plausible.stream().filter((r) -> termThen.equals(r.getTerm())).toList();
		}
		return (plausible.size() == 1) ? Optional.of(plausible.get(0)) : Optional.empty();
	}

}
