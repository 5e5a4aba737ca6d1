package vn.newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;

/**
 * Persons and documents whose names start with what the reader is typing, for the search
 * box: every typed word must begin a word of the name, diacritics or not; a typed code
 * ({@code 21-KL}, {@code 26 nq tw}) finds its document.
 */
@Service
public class Suggestions {

	static final int PER_KIND = 5;

	private final EntityManager entityManager;

	Suggestions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public record Suggestion(String url, String label) {
	}

	@Transactional(readOnly = true)
	public List<Suggestion> suggest(String typed) {
		String text = QueryText.of((typed != null) ? typed : "").plainWords();
		if (text.codePoints().filter(Character::isLetterOrDigit).count() < 2 || text.length() > 100) {
			return List.of();
		}
		var session = Search.session(this.entityManager);
		List<Suggestion> suggestions = new ArrayList<>();
		session.search(Person.class)
			.where((f) -> f.simpleQueryString()
				.fields(ArticleFields.SUGGEST, "suggest_alias")
				.matching(text)
				.defaultOperator(BooleanOperator.AND))
			.fetchHits(PER_KIND)
			.forEach((p) -> suggestions.add(new Suggestion(p.getUrl(), p.getName())));
		Set<String> keys = DocumentKeys.inQuery(text);
		session.search(Resolution.class).where((f) -> {
			var words = f.simpleQueryString()
				.field(ArticleFields.SUGGEST)
				.matching(text)
				.defaultOperator(BooleanOperator.AND);
			return keys.isEmpty() ? words : f.or(words, f.terms().field(ArticleFields.DOCUMENT_KEY).matchingAny(keys));
		}).fetchHits(PER_KIND).forEach((r) -> suggestions.add(new Suggestion(r.getUrl(), label(r))));
		return suggestions;
	}

	private static String label(Resolution resolution) {
		String label = FacetLabels.documentLabel(resolution);
		return (resolution.getTitle() != null) ? label + " – " + resolution.getTitle() : label;
	}

}
