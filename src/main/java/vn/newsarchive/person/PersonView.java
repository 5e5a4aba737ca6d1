package vn.newsarchive.person;

import java.util.List;

import vn.newsarchive.article.PersonArticle;
import vn.newsarchive.meeting.PersonMeeting;
import vn.newsarchive.system.BarRow;

/** Everything the person page shows, loaded before the view renders. */
record PersonView(Person person, List<PositionHeld> timeline, List<PersonArticle> articles,
		List<PersonMeeting> meetings, List<BarRow> coMentions) {

}
