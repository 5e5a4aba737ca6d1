package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.system.Slugs;

/**
 * One Resolution per real document. The same code in two terms is two documents; a
 * citation that gives neither term nor date joins the latest document of that code issued
 * by the time the article was published.
 */
@Component
class ResolutionResolver {

	private final ResolutionRepository resolutions;

	private final IdentityClaims claims;

	ResolutionResolver(ResolutionRepository resolutions, IdentityClaims claims) {
		this.resolutions = resolutions;
		this.claims = claims;
	}

	/**
	 * Each cited document's record, in the order cited (null for a reference naming no
	 * number). New documents are claimed in the order of their identity, so two writers
	 * never wait on each other in a cycle.
	 */
	List<Resolution> resolveAll(List<DocumentReference> cited, LocalDate publishedOn) {
		return resolveAll(cited, publishedOn, (coded) -> {
		});
	}

	/**
	 * As {@link #resolveAll(List, LocalDate)}, telling {@code newlyCoded} of each coded
	 * document the archive did not have with its code before: earlier bare references may
	 * name it.
	 */
	List<Resolution> resolveAll(List<DocumentReference> cited, LocalDate publishedOn, Consumer<Resolution> newlyCoded) {
		Resolution[] resolved = new Resolution[cited.size()];
		IntStream.range(0, cited.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> DocumentIdentity.claimOrder(cited.get(i))))
			.forEach((i) -> resolved[i] = resolve(cited.get(i), publishedOn, newlyCoded));
		return Arrays.asList(resolved);
	}

	/** Null when the reference names no number: such a document cannot be told apart. */
	Resolution resolve(DocumentReference cited, LocalDate publishedOn) {
		return resolve(cited, publishedOn, (coded) -> {
		});
	}

	private Resolution resolve(DocumentReference cited, LocalDate publishedOn, Consumer<Resolution> newlyCoded) {
		if (cited.number() == null || cited.kind() == null) {
			return null;
		}
		DocumentReference reference = DocumentIdentity.canonical(cited);
		if (reference.code() == null) {
			Optional<Resolution> coded = BareReferences.pick(
					this.resolutions.findByKindAndNumberAndCodeNotNull(reference.kind(), reference.number()), reference,
					publishedOn);
			if (coded.isPresent()) {
				return coded.get();
			}
		}
		LocalDate issuedOn = reference.date();
		String term = DocumentIdentity.term(reference);
		List<Resolution> sameNumber = this.resolutions.findByKindAndNumberAndIssuer(reference.kind(),
				reference.number(), reference.issuer());
		Optional<Resolution> known = DocumentIdentity.pick(sameNumber, term, issuedOn, publishedOn);
		if (known.isPresent()) {
			Resolution resolution = known.get();
			String citedTerm = term;
			// what the citation adds must not give the document another's identity
			boolean collides = sameNumber.stream()
				.anyMatch((other) -> other != resolution
						&& Objects.equals(other.getTerm(),
								(resolution.getTerm() != null) ? resolution.getTerm() : citedTerm)
						&& Objects.equals(other.getIssuedOn(),
								(resolution.getIssuedOn() != null) ? resolution.getIssuedOn() : issuedOn));
			boolean uncoded = resolution.getCode() == null;
			enrichStored(resolution, reference, collides ? null : term, collides ? null : issuedOn);
			if (uncoded && resolution.getCode() != null) {
				newlyCoded.accept(resolution);
			}
			return resolution;
		}
		Resolution unsaved = new Resolution(reference.kind(), DocumentIdentity.typeCode(reference), reference.number(),
				reference.issuer(), reference.code());
		enrich(unsaved, reference, term, issuedOn);
		IdentityClaims.Claim<Resolution> claim = this.claims.resolution(unsaved);
		boolean uncoded = !claim.created() && claim.record().getCode() == null;
		if (!claim.created()) {
			// another writer stored the same document first
			enrichStored(claim.record(), reference, term, issuedOn);
		}
		if ((claim.created() || uncoded) && claim.record().getCode() != null) {
			newlyCoded.accept(claim.record());
		}
		return claim.record();
	}

	/**
	 * Fills in a stored document and writes what changed at once: an import's session
	 * does not flush before its queries ({@link ArticleWriter#write}), and the look-ups
	 * of the article's next citations must find the document as it now is (with its code,
	 * term, date). Flushed through the repository, so that a concurrency failure (another
	 * writer filled the same document in first) is translated and the article retried.
	 */
	private void enrichStored(Resolution resolution, DocumentReference reference, String term, LocalDate issuedOn) {
		List<Object> before = fields(resolution);
		enrich(resolution, reference, term, issuedOn);
		if (!before.equals(fields(resolution))) {
			this.resolutions.flush();
		}
	}

	private static List<Object> fields(Resolution resolution) {
		return Arrays.asList(resolution.getCode(), resolution.getTerm(), resolution.getIssuedOn(),
				resolution.getTitle(), resolution.getPlenum(), resolution.getTypeCode(), resolution.getSlug());
	}

	private static void enrich(Resolution resolution, DocumentReference reference, String term, LocalDate issuedOn) {
		if (resolution.getCode() == null) {
			resolution.setCode(reference.code());
		}
		if (resolution.getTerm() == null) {
			resolution.setTerm(term);
		}
		if (resolution.getIssuedOn() == null) {
			resolution.setIssuedOn(issuedOn);
		}
		if (resolution.getTitle() == null) {
			resolution.setTitle(reference.title());
		}
		if (resolution.getPlenum() == null) {
			resolution.setPlenum(reference.plenum());
		}
		if (resolution.getTypeCode() == null) {
			resolution.setTypeCode(DocumentIdentity.typeCode(reference));
		}
		resolution.setSlug(Slugs
			.of(resolution.getLabel() + ((resolution.getTerm() != null) ? " khoa " + resolution.getTerm() : "")));
	}

}
