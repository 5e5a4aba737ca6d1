package vn.newsarchive.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

import vn.newsarchive.system.DateRange;

import static vn.newsarchive.search.ArticleFields.*;

/**
 * Turns a {@link SearchQuery} into one Lucene query. Matching is decided on the folded
 * fields (every query word in some field, diacritics or not) or by a document named in
 * the query; the exact fields and the syllable pairs only add score, so a query typed
 * with diacritics ranks exact spellings first and a phrase outranks scattered syllables.
 */
final class ArticlePredicates {

	private ArticlePredicates() {
	}

	static SearchPredicate of(SearchPredicateFactory f, SearchQuery query) {
		return of(f, query, (keys) -> true);
	}

	/**
	 * @param citedAnywhere whether some article cites a document under one of the keys
	 */
	static SearchPredicate of(SearchPredicateFactory f, SearchQuery query, Predicate<Set<String>> citedAnywhere) {
		return build(f, query, citedAnywhere, true);
	}

	/**
	 * The same articles as {@link #of}, unscored: what counts and facets need, without
	 * the ranking clauses that cost most on queries matching much of the archive.
	 */
	static SearchPredicate matchOnly(SearchPredicateFactory f, SearchQuery query,
			Predicate<Set<String>> citedAnywhere) {
		return build(f, query, citedAnywhere, false);
	}

	private static SearchPredicate build(SearchPredicateFactory f, SearchQuery query,
			Predicate<Set<String>> citedAnywhere, boolean ranked) {
		BooleanPredicateClausesStep<?, ?> root = f.bool();
		QueryText text = QueryText.of(query.q());
		String words = text.plainWords();
		boolean namesDocuments = !DocumentKeys.inQuery(words).isEmpty();
		boolean severalWords = words.indexOf(' ') > 0;
		// whether the required part already scores the pairs in the text, so that the
		// ranking adds the title's alone
		boolean textPairsScored = false;
		if (text.hasWords() && (!ranked || text.hasPhrase())) {
			// a scored phrase reads every position of its words in every hit, a filter
			// stops at the first match: the syllable pairs rank phrases instead
			root.filter(matching(f, text, citedAnywhere));
			// a phrase's pairs are rarer than its words: Lucene reads positions only in
			// the articles that hold every pair (always the case where the phrase is).
			// Not when the query names a document, which may match by its key alone
			if (!namesDocuments) {
				for (String phrase : text.requiredPhrases()) {
					if (ranked) {
						root.must(pairs(f, phrase, PairFields.TEXT));
					}
					else {
						root.filter(pairs(f, phrase, PairFields.TEXT));
					}
				}
				textPairsScored = ranked && text.requiredPhrases().equals(List.of(words));
			}
		}
		else if (text.hasWords() && severalWords && !namesDocuments) {
			// words scored on the whole text, and their pairs with them: an article
			// that holds the pairs holds the words, so the hits are the same, and Lucene
			// can skip the articles that cannot reach the page, which pairs scored
			// apart (found in most articles) kept it from doing
			root.must(f.or(matching(f, text, citedAnywhere), pairs(f, words, PairFields.TEXT)));
			textPairsScored = true;
		}
		else if (text.hasWords()) {
			// words scored on the whole text: how much an article is about them
			root.must(matching(f, text, citedAnywhere));
		}
		if (text.hasWords() && ranked) {
			// the fields that decide most: the title and the persons, with diacritics
			// (exact spellings first) and without (for queries typed without)
			root.should(f.simpleQueryString()
				.field(TITLE)
				.boost(4f)
				.field(PERSON)
				.boost(3f)
				.matching(text.syntax())
				.defaultOperator(BooleanOperator.AND));
			root.should(f.simpleQueryString()
				.field(TITLE_FOLDED)
				.boost(2f)
				.field(PERSON_FOLDED)
				.boost(1.5f)
				.matching(text.syntax())
				.defaultOperator(BooleanOperator.AND));
			// syllable pairs: words written together outrank the same words scattered.
			// Every pair is required, so only articles that hold the whole run of words
			// are scored for it
			if (severalWords) {
				root.should(pairs(f, words, textPairsScored ? PairFields.TITLE : PairFields.TITLE_OR_TEXT));
			}
			if (namesDocuments) {
				root.should(f.terms().field(DOCUMENT_KEY).matchingAny(DocumentKeys.inQuery(words)).boost(8f));
			}
		}
		for (String excluded : text.excluded()) {
			root.mustNot(f.simpleQueryString().field(TEXT_FOLDED).matching(excluded));
		}
		if (!text.hasWords()) {
			root.must(f.matchAll());
		}
		// a story once, by its first article: the copies' sources come with the hit
		root.filter(f.match().field(STORY_HEAD).matching(true));
		if (query.person() != null) {
			root.filter(f.match().field(PERSON_ID).matching(query.person()));
		}
		if (query.document() != null) {
			root.filter(f.match().field(DOCUMENT_ID).matching(query.document()));
		}
		if (query.year() != null) {
			root.filter(f.match().field(YEAR).matching(query.year()));
		}
		if (query.source() != null) {
			root.filter(f.match().field(SOURCE).matching(query.source()));
		}
		if (!query.dates().isOpen()) {
			DateRange dates = query.dates();
			root.filter(f.range()
				.field(PUBLISHED)
				.between((dates.from() != null) ? dates.from().atStartOfDay() : null, RangeBoundInclusion.INCLUDED,
						(dates.to() != null) ? dates.endExclusive().atStartOfDay() : null,
						RangeBoundInclusion.EXCLUDED));
		}
		return root.toPredicate();
	}

	/** Where syllable pairs are looked for; the title's count more. */
	private enum PairFields {

		TEXT, TITLE, TITLE_OR_TEXT

	}

	/** Every syllable pair of a run of words, in some of the fields that hold pairs. */
	private static SearchPredicate pairs(SearchPredicateFactory f, String words, PairFields where) {
		SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> fields = switch (where) {
			case TEXT -> f.simpleQueryString().field(TEXT_FOLDED);
			case TITLE -> f.simpleQueryString().field(TITLE_SHINGLES).boost(3f);
			case TITLE_OR_TEXT -> f.simpleQueryString().field(TITLE_SHINGLES).boost(3f).field(TEXT_FOLDED);
		};
		return fields.matching(words)
			.analyzer(VietnameseAnalysis.SHINGLES)
			// one run of words, no operators: a word alone makes no pair
			.flags(EnumSet.noneOf(SimpleQueryFlag.class))
			.defaultOperator(BooleanOperator.AND)
			.toPredicate();
	}

	/**
	 * Every word in some folded field, or a document the query names by code; only that
	 * document when the query names it and says nothing else.
	 */
	private static SearchPredicate matching(SearchPredicateFactory f, QueryText text,
			Predicate<Set<String>> citedAnywhere) {
		var words = f.simpleQueryString()
			.field(TEXT_FOLDED)
			.matching(text.syntax())
			.defaultOperator(BooleanOperator.AND);
		Set<String> documents = DocumentKeys.inQuery(text.plainWords());
		if (documents.isEmpty()) {
			return words.toPredicate();
		}
		var cited = f.terms().field(DOCUMENT_KEY).matchingAny(documents);
		if (DocumentKeys.isOnlyReferences(text.plainWords())) {
			// the query is a document reference and nothing else: the articles that cite
			// it, or, for a document no article cites, those that write it out
			return citedAnywhere.test(documents) ? cited.toPredicate()
					: f.phrase().field(TEXT_FOLDED).matching(text.plainWords()).toPredicate();
		}
		return f.or(words, cited).toPredicate();
	}

}
