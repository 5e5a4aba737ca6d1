package vn.newsarchive.importer.text;

import java.util.ArrayList;
import java.util.List;

import vn.newsarchive.importer.model.Caption;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.kernel.VietnameseText;

/**
 * The article's own text in reading order (title, lead, body paragraphs, captions),
 * cleaned; related titles, teasers and credits are left out on purpose: they are about
 * other stories or other people.
 */
public record ArticleText(List<Passage> passages, PartialDate published) {

	public static ArticleText of(SegmentedArticle article) {
		List<Passage> passages = new ArrayList<>();
		add(passages, Passage.Part.TITLE, article.title());
		add(passages, Passage.Part.LEAD, article.lead());
		if (article.body() != null) {
			article.body().forEach((paragraph) -> add(passages, Passage.Part.BODY, paragraph));
		}
		if (article.captions() != null) {
			for (Caption caption : article.captions()) {
				add(passages, Passage.Part.CAPTION, caption.text());
			}
		}
		return new ArticleText(List.copyOf(passages), article.published());
	}

	private static void add(List<Passage> passages, Passage.Part part, String text) {
		String cleaned = VietnameseText.clean(text);
		if (!cleaned.isEmpty()) {
			passages.add(new Passage(part, passages.size(), cleaned));
		}
	}

	/**
	 * The passages that may report the article's own event: the title, the lead and the
	 * body.
	 */
	public List<Passage> story() {
		return this.passages.stream().filter((p) -> p.part() != Passage.Part.CAPTION).toList();
	}

}
