package vn.newsarchive.resolution;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.meeting.MeetingSummary;
import vn.newsarchive.system.NativeRows;

/**
 * A document's citing articles and meetings a page at a time, each page read from the top
 * of an index on the link table in list order ({@code ix_article_resolution_date},
 * {@code ix_meeting_resolution_date}) before the join.
 */
@Component
class ResolutionLists {

	private static final String CITING = "select " + ArticleSummary.COLUMNS
			+ " from (select article_id, published_at from article_resolution where resolution_id = :resolution"
			+ " and not story_copy order by published_at nulls last, article_id limit :size offset :offset) page"
			+ " join article a on a.id = page.article_id order by page.published_at nulls last, page.article_id";

	private static final String MEETINGS = "select " + MeetingSummary.COLUMNS
			+ " from (select meeting_id, held_on from meeting_resolution where resolution_id = :resolution"
			+ " order by held_on nulls last, meeting_id limit :size offset :offset) page"
			+ " join meeting m on m.id = page.meeting_id order by page.held_on nulls last, page.meeting_id";

	private final EntityManager em;

	ResolutionLists(EntityManager em) {
		this.em = em;
	}

	Page<ArticleSummary> citing(long resolutionId, Pageable pageable, long total) {
		return new PageImpl<>(NativeRows.page(this.em, CITING, "resolution", resolutionId, pageable)
			.stream()
			.map((r) -> ArticleSummary.of(r, 0))
			.toList(), pageable, total);
	}

	Page<MeetingSummary> meetings(long resolutionId, Pageable pageable, long total) {
		return new PageImpl<>(NativeRows.page(this.em, MEETINGS, "resolution", resolutionId, pageable)
			.stream()
			.map((r) -> MeetingSummary.of(r, 0))
			.toList(), pageable, total);
	}

}
