package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.resolution.ResolutionRepository;

/**
 * The importer's identity rules for the editors' pages, so that what an editor links and
 * what an import links never disagree: which record a written name or a cited document
 * would join (read-only, for a preview), and the record itself (created when new, for a
 * link added by hand). Runs inside the caller's transaction.
 */
@Component
public class ArchiveIdentities {

	private final PersonRepository persons;

	private final ResolutionRepository resolutions;

	private final PersonResolver personResolver;

	private final ResolutionResolver resolutionResolver;

	ArchiveIdentities(PersonRepository persons, ResolutionRepository resolutions, PersonResolver personResolver,
			ResolutionResolver resolutionResolver) {
		this.persons = persons;
		this.resolutions = resolutions;
		this.personResolver = personResolver;
		this.resolutionResolver = resolutionResolver;
	}

	/** The person an import would link this written name to, if the archive has one. */
	public Optional<Person> existingPerson(String writtenName) {
		String name = PersonResolver.displayName(writtenName);
		return this.persons.findByNameKeyIn(new String[] { PersonNameKey.of(name) })
			.stream()
			.findFirst()
			.or(() -> this.persons.findByAlias(name).stream().findFirst());
	}

	/**
	 * The document an import would link this citation to, if the archive has one, and the
	 * term it has or would be given; creates nothing.
	 */
	public DocumentMatch existingDocument(DocumentReference cited, LocalDate publishedOn) {
		if (cited.number() == null || cited.kind() == null) {
			return new DocumentMatch(null, cited.term(), false);
		}
		DocumentReference reference = DocumentIdentity.canonical(cited);
		if (reference.code() == null) {
			Optional<Resolution> coded = BareReferences.pick(
					this.resolutions.findByKindAndNumberAndCodeNotNull(reference.kind(), reference.number()), reference,
					publishedOn);
			if (coded.isPresent()) {
				return new DocumentMatch(coded.get(), coded.get().getTerm(), true);
			}
		}
		LocalDate issuedOn = reference.date();
		String term = DocumentIdentity.term(reference);
		Optional<Resolution> known = DocumentIdentity.pick(
				this.resolutions.findByKindAndNumberAndIssuer(reference.kind(), reference.number(), reference.issuer()),
				term, issuedOn, publishedOn);
		String knownTerm = known.map(Resolution::getTerm).orElse(null);
		return new DocumentMatch(known.orElse(null), (knownTerm != null) ? knownTerm : term, true);
	}

	/** The person behind a written name, new when the archive has none. */
	public Person person(String writtenName) {
		return this.personResolver.resolve(writtenName);
	}

	/**
	 * The document a citation names, new when the archive has none; null when the
	 * citation names no number.
	 */
	public Resolution document(DocumentReference cited, LocalDate publishedOn) {
		return this.resolutionResolver.resolve(cited, publishedOn);
	}

	/**
	 * What a citation would join: an existing document or none (a new one), its term, and
	 * whether it can be stored at all (a citation without a number cannot).
	 */
	public record DocumentMatch(Resolution existing, String term, boolean storable) {
	}

}
