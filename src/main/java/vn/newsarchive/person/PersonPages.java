package vn.newsarchive.person;

import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.system.ArchiveTallies;
import vn.newsarchive.system.ArticlesOverTime;
import vn.newsarchive.system.AttentionChart;
import vn.newsarchive.system.ArchiveTallies.Kind;
import vn.newsarchive.system.BarRow;
import vn.newsarchive.system.NotFoundException;

/**
 * Loads one person page in six queries, each reading a bounded number of index entries
 * however many articles mention the person: the person with aliases, the counts of their
 * articles and meetings (tallies), a page of tenures, a page of articles, a page of
 * meetings, and the people most often mentioned alongside; and their articles per month
 * from the search index.
 */
@Component
@Transactional(readOnly = true)
class PersonPages {

	static final int ARTICLES = 20;

	static final int MEETINGS = 20;

	static final int TENURES = 20;

	private static final int CO_MENTIONS = 10;

	/** Which page of each list the reader asked for, counted from 0. */
	record Pages(int articles, int meetings, int tenures) {
	}

	private final PersonRepository persons;

	private final Tenures tenures;

	private final PersonLists lists;

	private final EntityManager em;

	private final ArticlesOverTime overTime;

	PersonPages(PersonRepository persons, Tenures tenures, PersonLists lists, EntityManager em,
			ArticlesOverTime overTime) {
		this.persons = persons;
		this.tenures = tenures;
		this.lists = lists;
		this.em = em;
		this.overTime = overTime;
	}

	PersonView load(long id, Pages pages) {
		Person person = this.persons.findWithAliases(id).orElseThrow(() -> new NotFoundException("Person", id));
		Map<Kind, Long> counts = ArchiveTallies.counts(this.em, id, Kind.MENTIONS, Kind.ATTENDED);
		return new PersonView(person, this.tenures.of(id, PageRequest.of(pages.tenures(), TENURES)),
				this.lists.articles(id, PageRequest.of(pages.articles(), ARTICLES), counts.get(Kind.MENTIONS)),
				this.lists.meetings(id, PageRequest.of(pages.meetings(), MEETINGS), counts.get(Kind.ATTENDED)),
				BarRow.of(this.lists.coMentioned(id, CO_MENTIONS), PersonCount::name, PersonCount::url,
						PersonCount::count),
				this.overTime.mentioning(id)
					.map((months) -> AttentionChart.of(months, "/api/v1/persons/" + id + "/months.csv"))
					.orElse(null));
	}

	Person find(long id) {
		return this.persons.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
	}

}
