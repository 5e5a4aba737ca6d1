package vn.newsarchive.search;

import java.util.List;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.mapper.orm.scope.SearchScope;

import org.springframework.web.util.HtmlUtils;

import vn.newsarchive.article.Article;
import vn.newsarchive.system.Permalinks;
import vn.newsarchive.system.Slugs;

/**
 * A result row as the index projects it: built from stored fields (no article is loaded
 * from the database), with a snippet cut from the body or the lead when the page shows
 * snippets.
 */
final class HitProjection {

	/**
	 * How long a snippet taken from the start of the lead is, for hits whose body and
	 * lead hold none of the query's words (found by their persons or documents, or by
	 * filters alone).
	 */
	static final int SNIPPET_LENGTH = Snippets.LENGTH;

	private HitProjection() {
	}

	/**
	 * A hit from the stored fields; with snippets, the body and the lead are read too
	 * (null snippets: none, for exports).
	 */
	static SearchProjection<SearchHit> of(SearchScope<Article> scope, Snippets snippets) {
		var f = scope.projection();
		if (snippets == null) {
			return f.composite()
				.from(f.composite().as(StoredHit.class))
				.as((stored) -> toHit(stored, null))
				.toProjection();
		}
		return f.composite()
			.from(f.composite().as(StoredHit.class), f.composite().as(StoredHit.Texts.class))
			.as((stored, texts) -> toHit(stored, snippet(snippets, texts)))
			.toProjection();
	}

	private static SearchHit toHit(StoredHit stored, String snippet) {
		return new SearchHit(stored.id(), stored.title(),
				Permalinks.of(Permalinks.ARTICLE, stored.id(), Slugs.canonical(stored.slug(), stored.title())),
				stored.published(), stored.precision(), Boolean.TRUE.equals(stored.inferred()), stored.source(),
				snippet, stored.score(), List.of());
	}

	/**
	 * From the body where it holds the query's words; else from the lead, marked where it
	 * holds them (hits found by their title, persons or documents), else its start.
	 */
	private static String snippet(Snippets snippets, StoredHit.Texts texts) {
		String body = snippets.of(texts.body());
		if (body != null) {
			return body;
		}
		String marked = snippets.of(texts.lead());
		return (marked != null) ? marked : leadSnippet(texts.lead());
	}

	/**
	 * The start of the lead, cut at a word boundary with an ellipsis, HTML-escaped like
	 * {@link Snippets}; null without a lead.
	 */
	static String leadSnippet(String lead) {
		if (lead == null || lead.isBlank()) {
			return null;
		}
		String text = lead.strip().replaceAll("\\s+", " ");
		if (text.length() > SNIPPET_LENGTH) {
			int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
			text = text.substring(0, (cut > SNIPPET_LENGTH / 2) ? cut : SNIPPET_LENGTH).stripTrailing() + " …";
		}
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
