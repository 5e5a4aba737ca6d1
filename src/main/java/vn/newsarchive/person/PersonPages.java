package vn.newsarchive.person;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.ArticlePersonRepository;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.system.BarRow;
import vn.newsarchive.system.NotFoundException;

/**
 * Loads one person page in five queries, however many articles mention the person: the
 * person with aliases, the timeline of positions with their articles, the articles, the
 * meetings, and the people most often mentioned alongside.
 */
@Component
@Transactional(readOnly = true)
class PersonPages {

	private static final int CO_MENTIONS = 10;

	private final PersonRepository persons;

	private final PositionHeldRepository positions;

	private final ArticlePersonRepository mentions;

	private final MeetingRepository meetings;

	PersonPages(PersonRepository persons, PositionHeldRepository positions, ArticlePersonRepository mentions,
			MeetingRepository meetings) {
		this.persons = persons;
		this.positions = positions;
		this.mentions = mentions;
		this.meetings = meetings;
	}

	PersonView load(long id) {
		Person person = this.persons.findWithAliases(id).orElseThrow(() -> new NotFoundException("Person", id));
		return new PersonView(person, this.positions.findTimeline(id), this.mentions.findArticlesOf(id),
				this.meetings.findAttendedBy(id),
				BarRow.of(this.mentions.findCoMentioned(id, PageRequest.of(0, CO_MENTIONS)), PersonCount::name,
						PersonCount::url, PersonCount::count));
	}

}
