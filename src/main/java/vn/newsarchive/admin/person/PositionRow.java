package vn.newsarchive.admin.person;

import vn.newsarchive.admin.DateInput;
import vn.newsarchive.person.PositionHeld;

/** A position as the person page lists it, with the article that states it. */
record PositionRow(long id, String title, String asOf, boolean inferred, Long articleId, String articleTitle) {

	static PositionRow of(PositionHeld position) {
		DateInput date = DateInput.of((position.getAsOf() != null) ? position.getAsOf().atStartOfDay() : null,
				position.getAsOfPrecision(), position.isAsOfInferred());
		return new PositionRow(position.getId(), position.getTitle(), date.getDate(), position.isAsOfInferred(),
				(position.getArticle() != null) ? position.getArticle().getId() : null,
				(position.getArticle() != null) ? position.getArticle().getTitle() : null);
	}

}
