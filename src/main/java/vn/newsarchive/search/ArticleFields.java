package vn.newsarchive.search;

/** Names of the index fields that queries, sorts and facets refer to. */
public final class ArticleFields {

	public static final String TITLE = "title";

	public static final String TITLE_FOLDED = "title_folded";

	public static final String TITLE_SHINGLES = "title_shingles";

	public static final String LEAD = "lead";

	/** Stored, not searched (the catch-all field is): snippets come from it. */
	public static final String BODY = "body";

	public static final String PERSON = "person";

	public static final String PERSON_FOLDED = "person_folded";

	public static final String PERSON_ID = "personId";

	public static final String DOCUMENT_ID = "documentId";

	public static final String DOCUMENT_KEY = "documentKey";

	public static final String SOURCE = "source";

	/**
	 * Title, lead, body, captions, persons, documents and source in one folded field: the
	 * field that decides whether an article matches the query's words. It holds their
	 * syllable pairs too, found with the {@link VietnameseAnalysis#SHINGLES} analyzer.
	 */
	public static final String TEXT_FOLDED = "text_folded";

	public static final String PUBLISHED = "published";

	public static final String PRECISION = "precision";

	public static final String INFERRED = "inferred";

	public static final String YEAR = "year";

	/**
	 * The month of publication as months since January 1970 ({@link ArticleMonths}); none
	 * for an article dated by its year alone, or undated.
	 */
	public static final String MONTH = "month";

	public static final String SLUG = "slug";

	/** The story an article is a copy of: its first article's id; none for that one. */
	public static final String STORY = "story";

	/** Whether the article is the first of its story: the one search lists. */
	public static final String STORY_HEAD = "story_head";

	/** Prefixes of a person's names or a document's code and title, for suggestions. */
	public static final String SUGGEST = "suggest";

	private ArticleFields() {
	}

}
