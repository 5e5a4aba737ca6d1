package vn.newsarchive.resolution;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.meeting.MeetingSummary;
import vn.newsarchive.system.AttentionChart;
import vn.newsarchive.system.Pager;

/**
 * Everything the document page shows: the document, who cites it when (a page at a time,
 * and per month: null when the index cannot count them), and its namesakes.
 */
record ResolutionView(Resolution resolution, Page<ArticleSummary> citing, AttentionChart citingPerMonth,
		Page<MeetingSummary> meetings, List<Resolution> sameCode) {

	static final String ARTICLE_PAGE = "page";

	static final String MEETING_PAGE = "meetings";

	public Pager citingPager() {
		return Pager.of(this.citing, ARTICLE_PAGE);
	}

	public Pager meetingPager() {
		return Pager.of(this.meetings, MEETING_PAGE);
	}

}
