package vn.newsarchive.admin.article;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.EditorText;
import vn.newsarchive.admin.PositionDates;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.article.ArticleLinks.DocumentLink;
import vn.newsarchive.admin.article.ArticleLinks.MeetingLink;
import vn.newsarchive.admin.article.ArticleLinks.PersonLink;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.article.ArticlePersonRepository;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.importer.store.ArchiveIdentities;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipantRepository;
import vn.newsarchive.person.Person;
import vn.newsarchive.person.PositionHeld;
import vn.newsarchive.person.PositionHeldRepository;
import vn.newsarchive.resolution.Resolution;

/**
 * Correcting the persons and documents an article links to (its meetings:
 * {@link ArticleMeetingService}). A person or document added by hand is found (or
 * created) by the importer's identity rules; a person's titles become a position backed
 * by the article, as an import makes them. Each change reindexes the article, so search
 * and the person's page follow at once.
 */
@Service
class ArticleLinkService {

	private final ArticleRepository articles;

	private final ArticleAdminRepository queries;

	private final ArticlePersonRepository mentions;

	private final PositionHeldRepository positions;

	private final MeetingParticipantRepository participants;

	private final ArchiveIdentities identities;

	private final TypedDocuments typedDocuments;

	private final EntityManager entityManager;

	ArticleLinkService(ArticleRepository articles, ArticleAdminRepository queries, ArticlePersonRepository mentions,
			PositionHeldRepository positions, MeetingParticipantRepository participants, ArchiveIdentities identities,
			TypedDocuments typedDocuments, EntityManager entityManager) {
		this.articles = articles;
		this.queries = queries;
		this.mentions = mentions;
		this.positions = positions;
		this.participants = participants;
		this.identities = identities;
		this.typedDocuments = typedDocuments;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	ArticleLinks linksOf(long id) {
		Article article = get(id);
		List<PersonLink> persons = this.mentions.findByArticleWithPersons(id)
			.stream()
			.sorted(Comparator.comparingInt(ArticlePerson::getMentionOrder))
			.map((m) -> new PersonLink(m.getId(), m.getPerson().getId(), m.getPerson().getName(), m.getTitles(),
					m.getPerson().getUrl()))
			.toList();
		List<DocumentLink> documents = article.getResolutions()
			.stream()
			.map((r) -> new DocumentLink(r.getId(), r.getLabel(), r.getTerm(), r.getUrl()))
			.toList();
		List<MeetingLink> reported = article.getMeetings()
			.stream()
			.map((m) -> new MeetingLink(m.getId(), m.getLabel(), m.getUrl()))
			.toList();
		return new ArticleLinks(persons, documents, reported);
	}

	/**
	 * @return the person's name as stored
	 */
	@Transactional
	String addPerson(long id, String typedName, String typedTitles) {
		Article article = get(id);
		if (EditorText.clean(typedName) == null) {
			throw new RefusedLinkException("admin.links.person.required", null);
		}
		Person person = this.identities.person(EditorText.clean(typedName));
		List<ArticlePerson> mentioned = this.queries.mentionsIn(article);
		if (mentioned.stream().anyMatch((m) -> m.getPerson().getId().equals(person.getId()))) {
			throw new RefusedLinkException("admin.links.person.taken", person.getName());
		}
		String titles = String.join(", ", DraftAdapter.titles(typedTitles));
		int order = mentioned.stream().mapToInt(ArticlePerson::getMentionOrder).max().orElse(-1) + 1;
		ArticlePerson mention = this.mentions
			.save(new ArticlePerson(article, person, titles.isEmpty() ? null : titles, order));
		article.getPersons().add(mention);
		if (!titles.isEmpty() && this.queries.positionsBackedBy(article)
			.stream()
			.noneMatch((p) -> p.getPerson().equals(person) && p.getTitle().equals(titles))) {
			PositionHeld position = new PositionHeld(person, titles, article);
			PositionDates.fromArticle(position, article);
			this.positions.save(position);
		}
		reindex(article, person);
		return person.getName();
	}

	/**
	 * Unlinks a person: the mention, the positions this article backed and their part in
	 * its meetings go; the person stays.
	 * @return the person's name
	 */
	@Transactional
	String removePerson(long id, long mentionId) {
		Article article = get(id);
		ArticlePerson mention = this.queries.mentionsIn(article)
			.stream()
			.filter((m) -> m.getId() == mentionId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("mention", mentionId));
		Person person = mention.getPerson();
		article.getPersons().remove(mention);
		this.mentions.delete(mention);
		this.positions.deleteAll(
				this.queries.positionsBackedBy(article).stream().filter((p) -> p.getPerson().equals(person)).toList());
		for (Meeting meeting : article.getMeetings()) {
			this.participants
				.deleteAll(meeting.getParticipants().stream().filter((p) -> p.getPerson().equals(person)).toList());
		}
		reindex(article, person);
		return person.getName();
	}

	/**
	 * @return the document's label
	 */
	@Transactional
	String addDocument(long id, String typed) {
		Article article = get(id);
		LocalDate publishedOn = (article.getPublishedAt() != null) ? article.getPublishedAt().toLocalDate() : null;
		Resolution resolution = this.typedDocuments.read(typed)
			.map((reference) -> this.identities.document(reference, publishedOn))
			.orElseThrow(() -> new RefusedLinkException("admin.links.document.unreadable",
					Objects.toString(EditorText.clean(typed), "")));
		article.getResolutions().add(resolution);
		reindex(article, null);
		return resolution.getLabel();
	}

	/** Unlinks a document from the article and from the meetings it reports. */
	@Transactional
	String removeDocument(long id, long resolutionId) {
		Article article = get(id);
		Resolution resolution = article.getResolutions()
			.stream()
			.filter((r) -> r.getId() == resolutionId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("document", resolutionId));
		article.getResolutions().remove(resolution);
		article.getMeetings().forEach((meeting) -> meeting.getResolutions().remove(resolution));
		reindex(article, null);
		return resolution.getLabel();
	}

	private Article get(long id) {
		return this.articles.findById(id).orElseThrow(() -> new RecordNotFoundException("article", id));
	}

	/**
	 * The listeners see the mention rows, not always the article they change: the article
	 * (and the person, whose page and suggestions list it) is reindexed here.
	 */
	private void reindex(Article article, Person person) {
		var plan = Search.session(this.entityManager).indexingPlan();
		plan.addOrUpdate(article);
		if (person != null) {
			plan.addOrUpdate(person);
		}
	}

}
