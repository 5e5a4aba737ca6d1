package vn.newsarchive.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.kernel.VietnameseText;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.system.ArchiveTallies.Kind;

/**
 * The person and the documents a query names, shown as cards above the search results (as
 * Aleph and Datashare show the entity a query names): a person when every word of their
 * name is in the query ({@code truong thi mai}, {@code bà Trương Thị Mai}), the documents
 * a code or a kind with a number names ({@code 26-NQ/TW}, {@code kết luận 21}). A few
 * index look-ups and counts kept on write: the cost does not grow with the archive.
 */
@Service
public class SearchCards {

	private static final Logger log = LoggerFactory.getLogger(SearchCards.class);

	/** Documents shown at most: two documents may share a code across terms. */
	static final int DOCUMENTS = 3;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final Suggestions suggestions;

	private final ArchiveTallies tallies;

	private final FacetLabels labels;

	private final TransactionTemplate reading;

	SearchCards(EntityManager entityManager, EntityManagerFactory entityManagerFactory, Suggestions suggestions,
			ArchiveTallies tallies, FacetLabels labels, PlatformTransactionManager transactions) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.suggestions = suggestions;
		this.tallies = tallies;
		this.labels = labels;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** A person the query names, with their latest title and counts. */
	public record PersonCard(String name, String url, String title, long articles, long meetings) {
	}

	/** A document the query names, with who issued it when, and counts. */
	public record DocumentCard(String heading, String url, String title, String issuer, LocalDate issuedOn,
			long articles, long meetings) {
	}

	/** The cards of one query: a person or none, and the documents it names. */
	public record Cards(PersonCard person, List<DocumentCard> documents) {

		public boolean isEmpty() {
			return this.person == null && this.documents.isEmpty();
		}

	}

	/**
	 * The cards of a query. Most queries name no one: their person candidates are read
	 * from the index as ids, named from the labels the facets keep, and the database is
	 * asked only for the card of a person named in full or of a document the query names
	 * (a database round trip on every search page was a fixed cost that the hits do not
	 * need).
	 */
	public Cards forQuery(String q) {
		String text = QueryText.of((q != null) ? q : "").plainWords();
		if (text.isBlank() || text.length() > 200) {
			return new Cards(null, List.of());
		}
		try {
			return new Cards(person(text), documents(text));
		}
		catch (SearchException ex) {
			// the cards only add to the results: an index that is being lost and rebuilt
			// (SearchIndexHealth) costs the reader the cards, never the page
			log.warn("No person or document cards for this search: the index did not answer ({})", ex.getMessage());
			return new Cards(null, List.of());
		}
	}

	private PersonCard person(String text) {
		Set<String> typed = new HashSet<>(words(text));
		List<Long> candidates = candidates(text);
		Map<Long, String> names = this.labels.personNames(candidates);
		// named in full: a query for "mai" is not about Trương Thị Mai
		Long named = candidates.stream().filter((id) -> {
			String name = names.get(id);
			return name != null && words(name).size() >= 2 && typed.containsAll(words(name));
		}).findFirst().orElse(null);
		if (named == null) {
			return null;
		}
		this.tallies.fold();
		return this.reading.execute((status) -> {
			Person person = this.entityManager.find(Person.class, named);
			if (person == null) {
				return null;
			}
			Map<Kind, Long> counts = ArchiveTallies.counts(this.entityManager, named, Kind.MENTIONS, Kind.ATTENDED);
			return new PersonCard(person.getName(), person.getUrl(),
					this.suggestions.latestTitles(List.of(named)).get(named), counts.get(Kind.MENTIONS),
					counts.get(Kind.ATTENDED));
		});
	}

	/** The five persons whose names or spellings best match any word of the query. */
	private List<Long> candidates(String text) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			return Search.session(entityManager)
				.search(Person.class)
				.select((f) -> f.id(Long.class))
				.where((f) -> f.simpleQueryString()
					.fields(ArticleFields.SUGGEST, "suggest_alias")
					.matching(text)
					.defaultOperator(BooleanOperator.OR))
				.fetchHits(5);
		}
		finally {
			entityManager.close();
		}
	}

	private List<DocumentCard> documents(String text) {
		Set<String> keys = DocumentKeys.inQuery(text);
		if (keys.isEmpty()) {
			return List.of();
		}
		this.tallies.fold();
		return this.reading.execute((status) -> documents(keys));
	}

	private List<DocumentCard> documents(Set<String> keys) {
		return Search.session(this.entityManager)
			.search(Resolution.class)
			.where((f) -> f.terms().field(ArticleFields.DOCUMENT_KEY).matchingAny(keys))
			.fetchHits(DOCUMENTS)
			.stream()
			.map((r) -> {
				Map<Kind, Long> counts = ArchiveTallies.counts(this.entityManager, r.getId(), Kind.CITATIONS,
						Kind.DISCUSSED);
				return new DocumentCard(r.getHeading(), r.getUrl(), r.getTitle(), r.getIssuerName(), r.getIssuedOn(),
						counts.get(Kind.CITATIONS), counts.get(Kind.DISCUSSED));
			})
			.toList();
	}

	private static List<String> words(String text) {
		return Arrays.stream(VietnameseText.foldedLowerCollapsed(text).split("[^\\p{L}\\p{N}]+"))
			.filter((w) -> !w.isEmpty())
			.toList();
	}

}
