package vn.newsarchive.importer.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.newsarchive.article.Article;
import vn.newsarchive.importer.story.StoryNames;
import vn.newsarchive.importer.story.StoryShingles;
import vn.newsarchive.importer.story.StorySignature;

/**
 * At start, signs and groups the articles stored before the archive kept story signatures
 * (V7): oldest first, in pages of {@value #PAGE}, each page in a transaction of its own.
 * A signed article is never read again, so a start cut short resumes where it stopped,
 * and a start with nothing left to sign costs one query. The signature comes from the
 * stored title, lead and body, which give the same syllables as the extracted article
 * did; the names from the article's stored persons and documents.
 */
@Component
class StoryBackfill implements ApplicationRunner {

	static final int PAGE = 500;

	private static final Logger log = LoggerFactory.getLogger(StoryBackfill.class);

	private final JdbcTemplate jdbc;

	private final StoryGrouping stories;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	StoryBackfill(JdbcTemplate jdbc, StoryGrouping stories, PlatformTransactionManager transactionManager,
			EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.stories = stories;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		long signed = 0;
		long grouped = 0;
		for (int[] page = signPage(); page[0] > 0; page = signPage()) {
			signed += page[0];
			grouped += page[1];
		}
		if (signed > 0) {
			log.info("Signed {} articles stored before story grouping; {} joined a story", signed, grouped);
		}
	}

	/**
	 * Signs one page: how many articles it signed, and how many of them joined a story.
	 */
	private int[] signPage() {
		return this.transaction.execute((status) -> {
			List<Unsigned> page = this.jdbc.query("select a.id, a.title, a.lead, a.body, a.story_id,"
					+ " cast(a.published_at as date) from article a where not exists (select 1 from story_signature s"
					+ " where s.article_id = a.id) order by a.id limit " + PAGE,
					(rs, n) -> new Unsigned(rs.getLong(1),
							String.join("\n", nonNull(rs.getString(2)), nonNull(rs.getString(3)),
									nonNull(rs.getString(4))),
							(Long) rs.getObject(5), rs.getObject(6, LocalDate.class)));
			if (page.isEmpty()) {
				return new int[] { 0, 0 };
			}
			String ids = page.stream()
				.map((article) -> Long.toString(article.id()))
				.collect(Collectors.joining(",", "{", "}"));
			Map<Long, List<String>> persons = names(
					"select ap.article_id, p.name from article_person ap"
							+ " join person p on p.id = ap.person_id where ap.article_id = any(cast(? as bigint[]))",
					ids);
			Map<Long, List<String>> documents = names("select ar.article_id, r.code from article_resolution ar"
					+ " join resolution r on r.id = ar.resolution_id where r.code is not null"
					+ " and ar.article_id = any(cast(? as bigint[]))", ids);
			int grouped = 0;
			for (Unsigned article : page) {
				StorySignature signature = StorySignature.of(StoryShingles.of(article.text()));
				StoryNames names = StoryNames.of(persons.getOrDefault(article.id(), List.of()),
						documents.getOrDefault(article.id(), List.of()));
				Long story = article.storyId();
				if (story == null) {
					story = this.stories.find(signature, names, article.published())
						.map(StoryGrouping.SameStory::storyId)
						.filter((head) -> head != article.id())
						.orElse(null);
					if (story != null) {
						this.jdbc.update("update article set story_id = ? where id = ?", story, article.id());
						// search lists heads only: the index learns it is a copy now
						Search.session(this.entityManager)
							.indexingPlan()
							.addOrUpdate(this.entityManager.find(Article.class, article.id()));
						grouped++;
					}
				}
				this.stories.record(article.id(), signature, names, story == null);
			}
			return new int[] { page.size(), grouped };
		});
	}

	/** Article id and name, by article. */
	private Map<Long, List<String>> names(String select, String ids) {
		Map<Long, List<String>> names = new HashMap<>();
		RowCallbackHandler byArticle = (rs) -> names.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
			.add(rs.getString(2));
		this.jdbc.query(select, byArticle, ids);
		return names;
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	private record Unsigned(long id, String text, Long storyId, LocalDate published) {
	}

}
