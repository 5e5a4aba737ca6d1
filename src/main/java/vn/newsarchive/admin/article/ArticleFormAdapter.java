package vn.newsarchive.admin.article;

import java.util.List;

import vn.newsarchive.admin.DateInput;
import vn.newsarchive.admin.DateValue;
import vn.newsarchive.admin.EditorText;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleCaption;

/** Copies between the article form and the entity; the service decides hash and slug. */
final class ArticleFormAdapter {

	private static final String CREDIT_BAR = " | ";

	private ArticleFormAdapter() {
	}

	static ArticleForm toForm(Article article) {
		ArticleForm form = new ArticleForm();
		form.setTitle(article.getTitle());
		form.setLead(article.getLead());
		form.setBody(String.join("\n\n", article.getParagraphs()));
		form.setSource(article.getSource());
		form.setAuthors(EditorText.joinLines(article.getAuthors()));
		form.setPublished(
				DateInput.of(article.getPublishedAt(), article.getPublishedPrecision(), article.isPublishedInferred()));
		form.setCaptions(EditorText.joinLines(article.getCaptions()
			.stream()
			.map((c) -> (c.getCredit() != null) ? c.getText() + CREDIT_BAR + c.getCredit() : c.getText())
			.toList()));
		form.setRelatedTitles(EditorText.joinLines(article.getRelatedTitles()));
		form.setVersion(article.getVersion());
		return form;
	}

	static String title(ArticleForm form) {
		return EditorText.clean(form.getTitle());
	}

	static List<String> paragraphs(ArticleForm form) {
		return EditorText.paragraphs(form.getBody());
	}

	static void apply(ArticleForm form, Article article) {
		article.setTitle(title(form));
		article.setLead(EditorText.clean(form.getLead()));
		article.setParagraphs(paragraphs(form));
		article.setSource(EditorText.clean(form.getSource()));
		replace(article.getAuthors(), EditorText.lines(form.getAuthors()));
		DateValue published = form.getPublished().toValue();
		if (published != null) {
			article.setPublished(published.start(), published.precision(), published.inferred());
		}
		else {
			article.setPublished(null, null, false);
		}
		article.getCaptions().clear();
		EditorText.lines(form.getCaptions()).stream().map(ArticleFormAdapter::caption).forEach((caption) -> {
			if (caption != null) {
				article.getCaptions().add(caption);
			}
		});
		replace(article.getRelatedTitles(), EditorText.lines(form.getRelatedTitles()));
	}

	/** "text | credit"; the last bar separates, since a caption's text may hold one. */
	static ArticleCaption caption(String line) {
		int bar = line.lastIndexOf('|');
		String text = EditorText.clean((bar >= 0) ? line.substring(0, bar) : line);
		String credit = (bar >= 0) ? EditorText.clean(line.substring(bar + 1)) : null;
		return (text != null) ? new ArticleCaption(text, credit) : null;
	}

	private static void replace(List<String> target, List<String> values) {
		target.clear();
		target.addAll(values);
	}

}
