package vn.newsarchive.person;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.newsarchive.article.PersonArticle;
import vn.newsarchive.meeting.PersonMeeting;
import vn.newsarchive.system.AttentionChart;
import vn.newsarchive.system.BarRow;
import vn.newsarchive.system.Pager;

/**
 * Everything the person page shows, loaded before the view renders: one page of each
 * list, with its pager; and the articles per month, null when the index cannot count
 * them.
 */
record PersonView(Person person, Page<Tenure> tenures, Page<PersonArticle> articles, Page<PersonMeeting> meetings,
		List<BarRow> coMentions, AttentionChart attention) {

	static final String TENURE_PAGE = "positions";

	static final String ARTICLE_PAGE = "page";

	static final String MEETING_PAGE = "meetings";

	public Pager tenurePager() {
		return Pager.of(this.tenures, TENURE_PAGE);
	}

	public Pager articlePager() {
		return Pager.of(this.articles, ARTICLE_PAGE);
	}

	public Pager meetingPager() {
		return Pager.of(this.meetings, MEETING_PAGE);
	}

	/** Whether the co-mentions were counted over the latest articles only. */
	public boolean coMentionsSampled() {
		return this.articles.getTotalElements() > PersonLists.CO_MENTION_WINDOW;
	}

	/** How many of the latest articles the co-mentions are counted over. */
	public int coMentionWindow() {
		return PersonLists.CO_MENTION_WINDOW;
	}

}
