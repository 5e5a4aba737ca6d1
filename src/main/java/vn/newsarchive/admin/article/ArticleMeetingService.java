package vn.newsarchive.admin.article;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.EditorText;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipantRepository;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.system.Slugs;

/** Adding a meeting the importer missed to an article, and removing a wrong one. */
@Service
class ArticleMeetingService {

	private final ArticleRepository articles;

	private final MeetingRepository meetings;

	private final MeetingParticipantRepository participants;

	ArticleMeetingService(ArticleRepository articles, MeetingRepository meetings,
			MeetingParticipantRepository participants) {
		this.articles = articles;
		this.meetings = meetings;
		this.participants = participants;
	}

	/** A meeting the importer missed; its details are edited on the meeting's page. */
	@Transactional
	Meeting addMeeting(long id, String kind, String title) {
		Article article = get(id);
		if (EditorText.clean(kind) == null && EditorText.clean(title) == null) {
			throw new RefusedLinkException("admin.links.meeting.required", null);
		}
		Meeting meeting = new Meeting(article, EditorText.clean(kind), EditorText.clean(title));
		meeting.setSlug(Slugs.of(meeting.getLabel()));
		article.getMeetings().add(meeting);
		return this.meetings.save(meeting);
	}

	@Transactional
	String removeMeeting(long id, long meetingId) {
		Article article = get(id);
		Meeting meeting = article.getMeetings()
			.stream()
			.filter((m) -> m.getId() == meetingId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
		article.getMeetings().remove(meeting);
		this.participants.deleteAll(meeting.getParticipants());
		this.meetings.delete(meeting);
		return meeting.getLabel();
	}

	private Article get(long id) {
		return this.articles.findById(id).orElseThrow(() -> new RecordNotFoundException("article", id));
	}

}
