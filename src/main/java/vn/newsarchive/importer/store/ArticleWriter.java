package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import org.springframework.stereotype.Component;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.article.ArticlePersonRepository;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.importer.model.DocumentReference;
import vn.newsarchive.importer.model.ExtractedArticle;
import vn.newsarchive.importer.model.PersonMention;
import vn.newsarchive.importer.story.StoryNames;
import vn.newsarchive.importer.story.StorySignature;
import vn.newsarchive.kernel.PartialDate;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PositionHeld;
import vn.newsarchive.person.PositionHeldRepository;
import vn.newsarchive.resolution.Resolution;

/**
 * Stores one extracted article with its people, positions, documents and meetings,
 * resolving each person and document to the one record the archive already has for it.
 * Runs inside the caller's transaction: one article, one transaction.
 */
@Component
class ArticleWriter {

	private final ArticleRepository articles;

	private final ArticlePersonRepository articlePersons;

	private final PositionHeldRepository positions;

	private final PersonResolver personResolver;

	private final ResolutionResolver resolutionResolver;

	private final MeetingWriter meetingWriter;

	private final StoryGrouping stories;

	private final LateBareReferences lateBareReferences;

	private final EntityManager entityManager;

	ArticleWriter(ArticleRepository articles, ArticlePersonRepository articlePersons, PositionHeldRepository positions,
			PersonResolver personResolver, ResolutionResolver resolutionResolver, MeetingWriter meetingWriter,
			StoryGrouping stories, LateBareReferences lateBareReferences, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.stories = stories;
		this.lateBareReferences = lateBareReferences;
		this.articles = articles;
		this.articlePersons = articlePersons;
		this.positions = positions;
		this.personResolver = personResolver;
		this.resolutionResolver = resolutionResolver;
		this.meetingWriter = meetingWriter;
	}

	Article write(ExtractedArticle extracted) {
		return write(extracted, null);
	}

	/**
	 * Stores the article with the address it was found at, when known.
	 * <p>
	 * Hibernate would flush the session before every query the article runs (a
	 * dirty-check of all it holds, and the search index's plan resolved again), although
	 * most look-ups cannot see anything pending: new persons, documents and links to
	 * known meetings are claimed by JDBC, the article's own rows concern none of them.
	 * The session is flushed at the commit instead, and by the look-ups that must see
	 * what this article changed: a document it filled in ({@link ResolutionResolver}), a
	 * meeting it stored ({@link MeetingWriter}), its links before bare references are
	 * relinked ({@link LateBareReferences}). Those flush through a repository, never the
	 * EntityManager: a repository translates a failed version check or a deadlock into
	 * the concurrency failure that makes the import try the article again.
	 */
	Article write(ExtractedArticle extracted, String sourceUrl) {
		Session session = this.entityManager.unwrap(Session.class);
		FlushMode flushMode = session.getHibernateFlushMode();
		session.setHibernateFlushMode(FlushMode.COMMIT);
		try {
			return writeArticle(extracted, sourceUrl);
		}
		finally {
			session.setHibernateFlushMode(flushMode);
		}
	}

	private Article writeArticle(ExtractedArticle extracted, String sourceUrl) {
		StorySignature signature = StorySignature.of(extracted.article());
		this.stories.lockBands(signature);
		PartialDate published = extracted.article().published();
		// Documents go on the article before it is first saved: added afterwards they
		// would make Hibernate update (and version) the row it has just inserted.
		Article unsaved = NewArticle.of(extracted);
		unsaved.setSourceUrl(sourceUrl);
		Map<String, Resolution> documents = new LinkedHashMap<>();
		LocalDate publishedOn = (published != null) ? published.startDate() : null;
		List<Resolution> newlyCoded = new ArrayList<>();
		List<Resolution> cited = this.resolutionResolver.resolveAll(extracted.resolutions(), publishedOn,
				newlyCoded::add);
		for (int i = 0; i < cited.size(); i++) {
			DocumentReference reference = extracted.resolutions().get(i);
			Resolution resolution = cited.get(i);
			if (resolution != null) {
				unsaved.getResolutions().add(resolution);
				documents.put(referenceKey(reference), resolution);
			}
		}
		// a copy of a stored story joins it before it is first saved, so that the
		// tallies never count it (V7)
		StoryNames names = StoryNames.of(extracted);
		this.stories.find(signature, names, publishedOn).ifPresent((same) -> unsaved.setStoryId(same.storyId()));
		Article article = this.articles.save(unsaved);
		this.stories.record(article.getId(), signature, names, article.getStoryId() == null);
		PartialDate asOf = positionDate(extracted);
		Map<String, Person> persons = new HashMap<>();
		int order = 0;
		Map<String, Person> resolved = this.personResolver
			.resolveAll(extracted.persons().stream().map(PersonMention::name).toList());
		for (PersonMention mention : extracted.persons()) {
			Person person = resolved.get(mention.name());
			if (persons.putIfAbsent(PersonNameKey.of(mention.name()), person) != null) {
				continue;
			}
			String titles = String.join(", ", mention.titles());
			ArticlePerson articlePerson = this.articlePersons
				.save(new ArticlePerson(article, person, titles.isEmpty() ? null : titles, order++));
			// the search index reads the mentions from this very article instance
			article.getPersons().add(articlePerson);
			if (!titles.isEmpty()) {
				PositionHeld position = new PositionHeld(person, titles, article);
				if (asOf != null) {
					position.setAsOf(asOf.startDate(), asOf.precision(), asOf.inferred());
				}
				this.positions.save(position);
			}
		}
		this.meetingWriter.write(article, extracted.meetings(), persons, documents);
		// last, once this article's own links are in place: it may cite the bare form too
		newlyCoded.forEach(this.lateBareReferences::relink);
		return article;
	}

	/** How a meeting names a document it was about: by code, else by kind and number. */
	static String referenceKey(DocumentReference reference) {
		return (reference.code() != null) ? reference.code() : reference.kind() + " " + reference.number();
	}

	/**
	 * Titles are stated as of the event the article reports, else as of its publication.
	 */
	private static PartialDate positionDate(ExtractedArticle extracted) {
		return extracted.meetings()
			.stream()
			.map((meeting) -> meeting.date())
			.filter((date) -> date != null)
			.findFirst()
			.orElse(extracted.article().published());
	}

}
