package vn.newsarchive.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipant;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PositionHeld;

/**
 * The links of a record created in this transaction: exactly the rows inserted with it,
 * already in memory, so an imported article's first revision costs no query.
 */
final class NewRecordLinks implements Links {

	final List<ArticlePerson> mentions = new ArrayList<>();

	final List<PositionHeld> positions = new ArrayList<>();

	final List<MeetingParticipant> participants = new ArrayList<>();

	@Override
	public List<Map<String, Object>> mentions(Article article) {
		return this.mentions.stream()
			.filter((mention) -> mention.getArticle() == article)
			.sorted(Comparator.comparingInt(ArticlePerson::getMentionOrder))
			.map((mention) -> Snapshots.mention(mention.getPerson().getId(), mention.getPerson().getName(),
					mention.getTitles()))
			.toList();
	}

	@Override
	public List<Map<String, Object>> positions(Person person) {
		return this.positions.stream()
			.filter((position) -> position.getPerson() == person)
			.map((position) -> Snapshots.position(position.getTitle(), position.getAsOf(), position.getAsOfPrecision(),
					position.isAsOfInferred(), (position.getArticle() != null) ? position.getArticle().getId() : null))
			.toList();
	}

	@Override
	public List<Map<String, Object>> participants(Meeting meeting) {
		return this.participants.stream()
			.filter((participant) -> participant.getMeeting() == meeting)
			.map((participant) -> Snapshots.participant(participant.getPerson().getId(),
					participant.getPerson().getName(), participant.getRole().name()))
			.toList();
	}

}
