package vn.newsarchive.article;

import java.util.List;

import vn.newsarchive.article.BodyLinker.Segment;
import vn.newsarchive.article.RelatedTitles.Related;
import vn.newsarchive.meeting.MeetingSummary;
import vn.newsarchive.resolution.Resolution;

/** Everything the article page shows, loaded before the view renders. */
record ArticleView(Article article, List<List<Segment>> body, List<Mention> persons, List<Resolution> resolutions,
		List<MeetingSummary> meetings, List<Related> related, List<StoryCopy> sameStory) {

	/** A person as this article presents them. */
	record Mention(String name, String titles, String url) {
	}

}
