package vn.newsarchive.article;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.newsarchive.article.ArticleView.Mention;
import vn.newsarchive.article.BodyLinker.Target;
import vn.newsarchive.meeting.MeetingRepository;
import vn.newsarchive.person.Person;
import vn.newsarchive.resolution.Resolution;
import vn.newsarchive.resolution.ResolutionRepository;
import vn.newsarchive.system.NotFoundException;

/**
 * Loads one article page in a fixed number of queries, whatever the article holds: the
 * article with its authors, then its captions, related titles, people, documents,
 * meetings and the archived articles its related titles name.
 */
@Component
@Transactional(readOnly = true)
class ArticlePages {

	private final ArticleRepository articles;

	private final ArticlePersonRepository mentions;

	private final ResolutionRepository resolutions;

	private final MeetingRepository meetings;

	ArticlePages(ArticleRepository articles, ArticlePersonRepository mentions, ResolutionRepository resolutions,
			MeetingRepository meetings) {
		this.articles = articles;
		this.mentions = mentions;
		this.resolutions = resolutions;
		this.meetings = meetings;
	}

	ArticleView load(long id) {
		Article article = this.articles.findWithAuthors(id).orElseThrow(() -> new NotFoundException("Article", id));
		Hibernate.initialize(article.getCaptions());
		Hibernate.initialize(article.getRelatedTitles());
		List<ArticlePerson> people = this.mentions.findByArticleWithPersons(id);
		List<Resolution> documents = this.resolutions.findCitedBy(id);
		List<Target> targets = new ArrayList<>();
		for (ArticlePerson mention : people) {
			Person person = mention.getPerson();
			List<String> terms = new ArrayList<>(person.getAliases());
			terms.add(person.getName());
			targets.add(new Target(terms, person.getUrl()));
		}
		for (Resolution document : documents) {
			targets.add(new Target(termsOf(document), document.getUrl()));
		}
		List<String> related = article.getRelatedTitles();
		List<TitleMatch> matches = related.isEmpty() ? List.of()
				: this.articles.findByTitleKeys(RelatedTitles.keys(related).toArray(String[]::new));
		return new ArticleView(article, BodyLinker.link(article.getParagraphs(), targets),
				people.stream()
					.map((m) -> new Mention(m.getPerson().getName(), m.getTitles(), m.getPerson().getUrl()))
					.toList(),
				documents, this.meetings.findReportedBy(id), RelatedTitles.resolve(related, matches, id),
				this.articles.findSameStory(id));
	}

	/**
	 * How a document is written in running text: its code, "TƯ" for "TW", or "Kết luận
	 * 21".
	 */
	static List<String> termsOf(Resolution document) {
		List<String> terms = new ArrayList<>();
		if (document.getCode() != null) {
			terms.add(document.getCode());
			terms.add(document.getCode().replace("/TW", "/TƯ"));
		}
		if (document.getNumber() != null) {
			terms.add(document.getKind() + " " + document.getNumber());
			terms.add(document.getKind() + " số " + document.getNumber());
		}
		return terms;
	}

}
