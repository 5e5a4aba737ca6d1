package vn.newsarchive.admin.article;

import java.util.List;
import java.util.Objects;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.admin.RecordNotFoundException;
import vn.newsarchive.admin.Versions;
import vn.newsarchive.article.Article;
import vn.newsarchive.article.ArticlePersonRepository;
import vn.newsarchive.article.ArticleRepository;
import vn.newsarchive.meeting.Meeting;
import vn.newsarchive.meeting.MeetingParticipantRepository;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.system.Slugs;
import vn.newsarchive.system.Pager;

/**
 * The rules for editing articles: a content hash per title and body that no two articles
 * share, a slug from the title, and no save over someone else's newer version. Everything
 * goes through JPA so the search index follows.
 */
@Service
class ArticleEditService {

	static final int PAGE_SIZE = 20;

	private final ArticleRepository articles;

	private final ArticleAdminRepository queries;

	private final ArticlePersonRepository mentions;

	private final MeetingRepository meetings;

	private final MeetingParticipantRepository participants;

	ArticleEditService(ArticleRepository articles, ArticleAdminRepository queries, ArticlePersonRepository mentions,
			MeetingRepository meetings, MeetingParticipantRepository participants) {
		this.articles = articles;
		this.queries = queries;
		this.mentions = mentions;
		this.meetings = meetings;
		this.participants = participants;
	}

	@Transactional(readOnly = true)
	Page<Article> list(String text, int page) {
		PageRequest request = PageRequest.of(Pager.safe(page), PAGE_SIZE,
				Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
		return (text == null || text.isBlank()) ? this.queries.findAll(request)
				: this.queries.findByTitleContainingIgnoreCase(text.strip(), request);
	}

	@Transactional(readOnly = true)
	Article get(long id) {
		return this.articles.findById(id).orElseThrow(() -> new RecordNotFoundException("article", id));
	}

	@Transactional(readOnly = true)
	ArticleForm formFor(long id) {
		return ArticleFormAdapter.toForm(get(id));
	}

	@Transactional
	Article create(ArticleForm form) {
		String hash = refuseDuplicate(form, null);
		Article article = new Article();
		ArticleFormAdapter.apply(form, article);
		article.setSlug(Slugs.of(article.getTitle()));
		article.setContentHash(hash);
		return saveRefusingDuplicate(article);
	}

	@Transactional
	Article update(long id, ArticleForm form) {
		Article article = get(id);
		Versions.check(article, form.getVersion());
		// hash checked before the entity changes: a query would flush the change first
		String hash = refuseDuplicate(form, id);
		ArticleFormAdapter.apply(form, article);
		article.setSlug(Slugs.of(article.getTitle()));
		article.setContentHash(hash);
		return saveRefusingDuplicate(article);
	}

	/**
	 * Removes the article with what only it holds (mentions, meetings); positions it
	 * backed stay, without their source. Row by row through JPA, not by database cascade,
	 * so that the search index forgets them too.
	 */
	@Transactional
	void delete(long id, Long version) {
		Article article = get(id);
		Versions.check(article, version);
		this.queries.positionsBackedBy(article).forEach((position) -> position.setArticle(null));
		for (Meeting meeting : article.getMeetings()) {
			Long next = this.meetings.nextReporter(meeting.getId(), article.getId());
			if (next != null) {
				this.meetings.dropLaterReport(meeting.getId(), next);
				meeting.reportedFirstBy(this.articles.getReferenceById(next));
				continue;
			}
			this.participants.deleteAll(meeting.getParticipants());
			this.meetings.delete(meeting);
		}
		this.mentions.deleteAll(this.queries.mentionsIn(article));
		keepStory(article);
		this.articles.delete(article);
		Versions.flushing(() -> {
			this.articles.flush();
			return null;
		});
	}

	/**
	 * The copies of a deleted first article stay one story: the earliest heads it. Moved
	 * here, through JPA, so that the search index lists the new head (the database would
	 * move them too, V13, behind the index's back).
	 */
	private void keepStory(Article article) {
		if (article.getStoryId() != null) {
			return;
		}
		List<Article> copies = this.articles.findCopiesOf(article.getId());
		if (!copies.isEmpty()) {
			Article heir = copies.get(0);
			heir.setStoryId(null);
			copies.subList(1, copies.size()).forEach((copy) -> copy.setStoryId(heir.getId()));
		}
	}

	private String refuseDuplicate(ArticleForm form, Long editedId) {
		String hash = ContentHash.of(ArticleFormAdapter.title(form), ArticleFormAdapter.paragraphs(form));
		this.queries.findByContentHash(hash)
			.filter((other) -> !Objects.equals(other.getId(), editedId))
			.ifPresent((other) -> {
				throw new DuplicateArticleException(other);
			});
		return hash;
	}

	private Article saveRefusingDuplicate(Article article) {
		try {
			return Versions.flushing(() -> this.articles.saveAndFlush(article));
		}
		catch (DataIntegrityViolationException ex) {
			// another editor or an import stored the same text a moment ago
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("uk_article_content_hash")) {
				throw new DuplicateArticleException(null);
			}
			throw ex;
		}
	}

}
