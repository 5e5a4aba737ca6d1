package vn.newsarchive.resolution;

import java.util.List;

import vn.newsarchive.article.ArticleSummary;
import vn.newsarchive.meeting.MeetingSummary;
import vn.newsarchive.system.ColumnChart;

/**
 * Everything the document page shows: the document, who cites it when, and its namesakes.
 */
record ResolutionView(Resolution resolution, List<ArticleSummary> citing, ColumnChart citingPerYear,
		List<MeetingSummary> meetings, List<Resolution> sameCode) {

}
