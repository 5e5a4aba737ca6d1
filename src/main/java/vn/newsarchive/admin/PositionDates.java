package vn.newsarchive.admin;

import vn.newsarchive.article.Article;
import vn.newsarchive.person.PositionHeld;

/**
 * The date a position backed by an article is held as of, when the editor gives none: as
 * the importer dates it, the date of the meeting the article reports, else the article's
 * publication (titles change over time; an undated one sorts nowhere).
 */
public final class PositionDates {

	private PositionDates() {
	}

	public static void fromArticle(PositionHeld position, Article article) {
		article.getMeetings()
			.stream()
			.filter((meeting) -> meeting.getHeldOn() != null)
			.findFirst()
			.ifPresentOrElse(
					(meeting) -> position.setAsOf(meeting.getHeldOn(), meeting.getHeldPrecision(),
							meeting.isHeldInferred()),
					() -> position.setAsOf(
							(article.getPublishedAt() != null) ? article.getPublishedAt().toLocalDate() : null,
							article.getPublishedPrecision(), article.isPublishedInferred()));
	}

}
