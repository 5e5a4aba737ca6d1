package vn.newsarchive.admin.history;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.newsarchive.history.RevisionLog;
import vn.newsarchive.history.RecordKind;
import vn.newsarchive.history.RevisionAction;
import vn.newsarchive.history.RevisionCapture;
import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.RefusedEditException;
import vn.newsarchive.admin.Versions;
import vn.newsarchive.admin.article.ContentHash;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticleCaption;
import vn.newsarchive.article.ArticlePerson;
import vn.newsarchive.article.ArticlePersonRepository;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.kernel.DatePrecision;
import vn.newsarchive.person.PersonRepository;
import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.system.Slugs;

/**
 * Brings an article back to an earlier revision: its texts, date, source, authors,
 * captions, related titles, persons (with their titles) and documents. Persons and
 * documents removed from the archive since are left out. Optimistic locking as in the
 * edit form, and the restore is itself a revision.
 */
@Service
class ArticleRestoreService {

	private final ArticleRepository articles;

	private final ArticlePersonRepository mentions;

	private final PersonRepository persons;

	private final ResolutionRepository resolutions;

	private final RevisionLog log;

	private final EntityManager entityManager;

	ArticleRestoreService(ArticleRepository articles, ArticlePersonRepository mentions, PersonRepository persons,
			ResolutionRepository resolutions, RevisionLog log, EntityManager entityManager) {
		this.articles = articles;
		this.mentions = mentions;
		this.persons = persons;
		this.resolutions = resolutions;
		this.log = log;
		this.entityManager = entityManager;
	}

	@Transactional
	Article restore(long articleId, long revisionId, Long version) {
		Article article = this.articles.findById(articleId)
			.orElseThrow(() -> new RecordNotFoundException("article", articleId));
		Versions.check(article, version);
		Map<String, Object> snapshot = this.log.find(revisionId)
			.filter((revision) -> revision.isOf(RecordKind.ARTICLE, articleId))
			.orElseThrow(() -> new RecordNotFoundException("revision", revisionId))
			.snapshot();
		String title = (String) snapshot.get("title");
		List<String> paragraphs = strings(snapshot.get("paragraphs"));
		String hash = ContentHash.of(title, paragraphs);
		this.articles.findByContentHash(hash)
			.filter((other) -> !Objects.equals(other.getId(), articleId))
			.ifPresent((other) -> {
				throw new RefusedEditException("history.restore.duplicate", null, other.getId(), other.getTitle());
			});
		article.setTitle(title);
		article.setSlug(Slugs.of(title));
		article.setContentHash(hash);
		article.setLead((String) snapshot.get("lead"));
		article.setParagraphs(paragraphs);
		String publishedAt = (String) snapshot.get("publishedAt");
		String precision = (String) snapshot.get("publishedPrecision");
		article.setPublished((publishedAt != null) ? LocalDateTime.parse(publishedAt) : null,
				(precision != null) ? DatePrecision.valueOf(precision) : null,
				Boolean.TRUE.equals(snapshot.get("publishedInferred")));
		article.setSource((String) snapshot.get("source"));
		replace(article.getAuthors(), strings(snapshot.get("authors")));
		replace(article.getRelatedTitles(), strings(snapshot.get("relatedTitles")));
		List<ArticleCaption> captions = maps(snapshot.get("captions")).stream()
			.map((caption) -> new ArticleCaption((String) caption.get("text"), (String) caption.get("credit")))
			.toList();
		replace(article.getCaptions(), captions);
		restoreDocuments(article, maps(snapshot.get("documents")));
		restorePersons(article, maps(snapshot.get("persons")));
		RevisionCapture.note(this.entityManager, article, RevisionAction.RESTORE, String.valueOf(revisionId));
		return Versions.flushing(() -> this.articles.saveAndFlush(article));
	}

	private void restoreDocuments(Article article, List<Map<String, Object>> documents) {
		List<Long> ids = documents.stream().map((document) -> id(document)).toList();
		article.getResolutions().removeIf((resolution) -> !ids.contains(resolution.getId()));
		article.getResolutions().addAll(this.resolutions.findAllById(ids));
	}

	/** Mentions follow the revision: removed, added, or given the titles it had. */
	private void restorePersons(Article article, List<Map<String, Object>> listed) {
		Map<Long, String> titles = new HashMap<>();
		listed.forEach((mention) -> titles.put(id(mention), (String) mention.get("titles")));
		Set<Long> present = new HashSet<>();
		int order = 0;
		for (ArticlePerson mention : this.mentions.findByArticleWithPersons(article.getId())) {
			Long personId = mention.getPerson().getId();
			order = Math.max(order, mention.getMentionOrder() + 1);
			if (!titles.containsKey(personId)) {
				article.getPersons().remove(mention);
				this.mentions.delete(mention);
			}
			else {
				present.add(personId);
				mention.setTitles(titles.get(personId));
			}
		}
		List<Long> missing = new ArrayList<>(titles.keySet());
		missing.removeAll(present);
		for (var person : this.persons.findAllById(missing)) {
			ArticlePerson mention = this.mentions
				.save(new ArticlePerson(article, person, titles.get(person.getId()), order++));
			article.getPersons().add(mention);
		}
	}

	private static <T> void replace(List<T> list, List<T> items) {
		if (!list.equals(items)) {
			list.clear();
			list.addAll(items);
		}
	}

	private static Long id(Map<String, Object> link) {
		return ((Number) link.get("id")).longValue();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return (value != null) ? (List<String>) value : List.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

}
