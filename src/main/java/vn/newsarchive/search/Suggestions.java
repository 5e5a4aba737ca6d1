package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.system.DateLabels;

/**
 * Persons and documents whose names start with what the reader is typing, for the search
 * box: every typed word must begin a word of the name, diacritics or not; a typed code
 * ({@code 21-KL}, {@code 26 nq tw}) finds its document.
 */
@Service
public class Suggestions {

	static final int PER_KIND = 5;

	private final EntityManager entityManager;

	private final DateLabels dates;

	Suggestions(EntityManager entityManager, DateLabels dates) {
		this.entityManager = entityManager;
		this.dates = dates;
	}

	/**
	 * One suggestion: where it leads, its name, what it is ({@code person} or
	 * {@code document}, named in the reader's language by the page) and what tells it
	 * from another of the same name (a person's latest title, a document's issuer and
	 * date), or null.
	 */
	public record Suggestion(String url, String label, String kind, String detail) {
	}

	@Transactional(readOnly = true)
	public List<Suggestion> suggest(String typed) {
		String text = QueryText.of((typed != null) ? typed : "").plainWords();
		if (text.codePoints().filter(Character::isLetterOrDigit).count() < 2 || text.length() > 100) {
			return List.of();
		}
		var session = Search.session(this.entityManager);
		List<Suggestion> suggestions = new ArrayList<>();
		List<Person> persons = session.search(Person.class)
			.where((f) -> f.simpleQueryString()
				.fields(ArticleFields.SUGGEST, "suggest_alias")
				.matching(text)
				.defaultOperator(BooleanOperator.AND))
			.fetchHits(PER_KIND);
		Map<Long, String> titles = latestTitles(persons.stream().map(Person::getId).toList());
		persons
			.forEach((p) -> suggestions.add(new Suggestion(p.getUrl(), p.getName(), "person", titles.get(p.getId()))));
		Set<String> keys = DocumentKeys.inQuery(text);
		session.search(Resolution.class).where((f) -> {
			var words = f.simpleQueryString()
				.field(ArticleFields.SUGGEST)
				.matching(text)
				.defaultOperator(BooleanOperator.AND);
			return keys.isEmpty() ? words : f.or(words, f.terms().field(ArticleFields.DOCUMENT_KEY).matchingAny(keys));
		})
			.fetchHits(PER_KIND)
			.forEach((r) -> suggestions.add(new Suggestion(r.getUrl(), label(r), "document", issued(r))));
		return suggestions;
	}

	/**
	 * Each person's latest dated title (else any title): one look-up per suggested person
	 * by the index on (person, date), read from its end.
	 */
	Map<Long, String> latestTitles(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> titles = new HashMap<>();
		List<?> rows = this.entityManager.createNativeQuery("""
				select p.id, coalesce(
				  (select h.title from position_held h where h.person_id = p.id and h.as_of is not null
				   order by h.as_of desc limit 1),
				  (select h.title from position_held h where h.person_id = p.id order by h.id desc limit 1))
				from unnest(cast(:ids as bigint[])) as p(id)
				""").setParameter("ids", ids.toArray(Long[]::new)).getResultList();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			if (columns[1] != null) {
				titles.put(((Number) columns[0]).longValue(), (String) columns[1]);
			}
		}
		return titles;
	}

	/** Who issued the document and when (in the reader's language), as far as known. */
	private String issued(Resolution resolution) {
		String issuer = resolution.getIssuerName();
		String on = (resolution.getIssuedOn() != null) ? this.dates.of(resolution.getIssuedOn()) : null;
		if (issuer == null) {
			return on;
		}
		return (on != null) ? issuer + ", " + on : issuer;
	}

	private static String label(Resolution resolution) {
		String label = FacetLabels.documentLabel(resolution);
		return (resolution.getTitle() != null) ? label + " – " + resolution.getTitle() : label;
	}

}
