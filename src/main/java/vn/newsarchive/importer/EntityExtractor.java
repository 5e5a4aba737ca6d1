package vn.newsarchive.importer;

import java.util.List;

import vn.newsarchive.importer.document.DocumentCitation;
import vn.newsarchive.importer.document.DocumentExtractor;
import vn.newsarchive.importer.document.DocumentTypes;
import vn.newsarchive.importer.meeting.MeetingExtractor;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.MeetingReport;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.model.SegmentedArticle;
import vn.newsarchive.importer.person.PersonExtractor;
import vn.newsarchive.importer.person.PersonOccurrence;
import vn.newsarchive.importer.text.ArticleText;

/**
 * The extraction half of the importer: persons with their titles, cited documents and the
 * reported meeting, from an article already cleaned and segmented. Plain Java, stateless
 * after construction and therefore thread-safe; build one and share it.
 */
public final class EntityExtractor {

	private final PersonExtractor persons = new PersonExtractor();

	private final DocumentExtractor documents = new DocumentExtractor();

	private final MeetingExtractor meetings = new MeetingExtractor();

	public Entities extract(SegmentedArticle article) {
		ArticleText text = ArticleText.of(article);
		List<PersonOccurrence> people = this.persons.occurrences(text);
		List<PersonMention> mentions = this.persons.mentions(people);
		List<DocumentCitation> cited = this.documents.extract(text);
		List<DocumentReference> all = cited.stream().map(DocumentCitation::document).toList();
		List<MeetingReport> meetings = this.meetings.extract(text, people, mentions,
				cited.stream().filter(this::isResolution).toList());
		return new Entities(mentions, all,
				cited.stream().filter(this::isResolution).map(DocumentCitation::document).toList(), meetings);
	}

	/**
	 * Party types the archive tracks, and state decrees; plans, letters and personnel
	 * decisions (KH, CV, QĐNS) are not. A party code's own type decides, since a
	 * personnel decision shares its kind word with QĐ.
	 */
	private boolean isResolution(DocumentCitation citation) {
		DocumentTypes types = this.documents.types();
		return types.ofPartyCode(citation.document().code())
			.or(() -> types.byKind(citation.document().kind()))
			.map((type) -> type.resolution() || type.stateOnly())
			.orElse(false);
	}

}
